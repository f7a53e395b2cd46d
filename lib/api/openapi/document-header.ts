import type { Env } from '@/lib/config/env'

/** The address part of MAIL_FROM (`Name <address>` or a bare address). */
const mailAddress = (from: string) => from.match(/<([^>]+)>/)?.[1] ?? from.trim()

/** The OpenAPI document's own fields: where the API is served, who answers for it, its terms. */
export function documentHeader(settings: Pick<Env, 'APP_URL' | 'MAIL_FROM'>) {
  const base = settings.APP_URL.replace(/\/$/, '')
  return {
    openapi: '3.1.0',
    info: {
      title: 'VI Cross API',
      version: '1.0.0',
      description: 'The public API of VI Cross. Every response is an envelope `{ status, message, data }`.',
      contact: { name: 'VI Cross', url: `${base}/api-docs`, email: mailAddress(settings.MAIL_FROM) },
      license: { name: 'Proprietary', identifier: 'LicenseRef-VI-Cross-Proprietary' },
    },
    servers: [{ url: base, description: 'This deployment (APP_URL)' }],
  }
}
