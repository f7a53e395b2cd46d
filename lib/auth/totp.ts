import { Secret, TOTP } from 'otpauth'

/** RFC 6238 as every authenticator app implements it: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30
const DIGITS = 6
/** One step either side: a phone clock a little off, or a code typed as it changed. */
const WINDOW = 1

function totp(secretBase32: string, label = '', issuer = 'VI Cross'): TOTP {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: DIGITS, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secretBase32) })
}

/** A fresh 160-bit secret (RFC 4226's recommended length), base32 as the apps expect it. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32

/** The otpauth:// URI an app scans (as a QR code) to add the account. */
export const totpUri = (secretBase32: string, accountName: string, issuer: string): string => totp(secretBase32, accountName, issuer).toString()

/** The step (30-second counter) a code belongs to at `now`, within ±1 step, or null for a wrong code. */
export function totpStep(secretBase32: string, code: string, now = Date.now()): number | null {
  const delta = totp(secretBase32).validate({ token: code, timestamp: now, window: WINDOW })
  return delta === null ? null : Math.floor(now / 1000 / TOTP_PERIOD_SECONDS) + delta
}

/** The code of a step: for tests, which compute codes from the secret rather than mock them. */
export const totpCodeAt = (secretBase32: string, timestamp: number): string => totp(secretBase32).generate({ timestamp })
