import { AppError } from '@/lib/errors'
import { config } from '@/lib/config'

export interface GoogleSettings {
  issuer: string
  clientId: string
  clientSecret: string
  /** Where the provider sends the browser back with the code: always built from APP_URL, never the Host header. */
  redirectUri: string
}

/** The Google client configuration, or a 503 envelope when sign-in with Google is switched off. */
export function googleSettings(): GoogleSettings {
  const env = config()
  if (!env.GOOGLE_CLIENT_ID || !env.GOOGLE_CLIENT_SECRET) throw new AppError('unavailable', 'Google sign-in is not configured')
  return {
    issuer: env.GOOGLE_ISSUER.replace(/\/+$/, ''),
    clientId: env.GOOGLE_CLIENT_ID,
    clientSecret: env.GOOGLE_CLIENT_SECRET,
    redirectUri: `${env.APP_URL.replace(/\/+$/, '')}/api/auth/google-oauth`,
  }
}

/** The provider could not be reached or answered nonsense: not the caller's fault, worth a retry. */
export const googleUnavailable = (cause?: unknown) =>
  new AppError('unavailable', 'Google sign-in is temporarily unavailable, please retry', { cause, headers: { 'Retry-After': '5' } })

/** Routes call this first, so an unconfigured server answers 503 before looking at the request. */
export function assertGoogleConfigured(): void {
  googleSettings()
}
