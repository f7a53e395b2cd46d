// @ts-check
import createNextIntlPlugin from 'next-intl/plugin'
import { securityHeaders } from './lib/http/security-headers.js'

// Points next-intl at the per-request language, clock and time zone (no locale in the URL).
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // PGlite loads its wasm from node_modules at run time; bundling it breaks that.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'pino', 'pino-pretty'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }]
  },
}

export default withNextIntl(nextConfig)
