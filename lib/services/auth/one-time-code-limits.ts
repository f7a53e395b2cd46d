import { consumeClientRateLimit, consumeRateLimit } from '@/lib/rate-limit/consume'
import type { OtpPurpose } from '@/lib/schemas/auth'

/**
 * The limits on mailing a code, applied before anyone looks up the email so that they behave the
 * same for addresses with and without an account: per IP, the 60 s cooldown per email and
 * purpose (429 + Retry-After), and an hourly budget per email.
 */
export async function applyCodeSendLimits(email: string, purpose: OtpPurpose, ip?: string | null): Promise<void> {
  await consumeClientRateLimit('otp-send-ip', ip)
  await consumeRateLimit('otp-cooldown', `${purpose}:${email}`, { message: 'Please wait before asking for another code' })
  await consumeRateLimit('otp-send-email', email, { message: 'Too many codes sent to this address, please retry later' })
}
