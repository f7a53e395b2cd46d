import { AppError } from '@/lib/errors'
import { db } from '@/lib/db'
import { consumeClientRateLimit, tooManyRequests } from '@/lib/rate-limit/consume'
import { checkPassword } from './dummy-password'
import { latestPendingRegistration } from './pending-email'
import { clearLoginFailures, lockRemaining, recordLoginFailure } from './login-lockout'
import { normalizeEmail, type AuthRequestMeta } from './request-meta'
import { securityEvent } from './security-event'

const BAD_PAIR = 'Invalid email or password'
const VERIFY_FIRST = 'Verify your email address before signing in'

/**
 * Checks an email and password. Unknown email and wrong password are one answer (401, same
 * message, same argon2 work); a locked account answers 429 with Retry-After whether or not it
 * exists. Only after the password was right does an unverified or deactivated account learn so
 * (403) — as does the password of a pending registration of the address, whether or not the address
 * already had an account (see pending-email.ts). Used by the API's login and by the dashboard's NextAuth credentials provider.
 */
export async function authenticatePassword(input: { email: string; password: string; ip?: string | null } & AuthRequestMeta): Promise<{ id: string }> {
  const email = normalizeEmail(input.email)
  const meta = { ip: input.ip ?? null, requestId: input.requestId ?? null }
  await consumeClientRateLimit('login-ip', input.ip, { message: 'Too many sign-in attempts from this address, please retry later' })

  const [user, pending] = await Promise.all([
    // An account in the trash is an unknown one here: same answer, same work (no enumeration).
    db().user.findUnique({
      where: { email, deletedAt: null },
      select: { id: true, passwordHash: true, emailVerified: true, isActive: true, failedLoginCount: true, lockedUntil: true },
    }),
    latestPendingRegistration(email),
  ])
  const locked = await lockRemaining(user, email)
  if (locked > 0) {
    securityEvent('login.locked', { ...meta, userId: user?.id, email }, 'warn')
    throw tooManyRequests(locked / 1000, undefined, 'Too many failed sign-ins. Try again later, reset your password, or sign in with an emailed code.')
  }

  // With a pending registration of this address (a taken address has one too, as a decoy), its
  // password is checked as well, in parallel: the password one registered with answers "verify
  // first" whether or not the address already had an account, and never signs in to that account.
  const [accountPassword, pendingPassword] = await Promise.all([
    checkPassword(user?.passwordHash, input.password),
    pending ? checkPassword(pending.passwordHash, input.password) : Promise.resolve(false),
  ])
  if (!accountPassword || !user) {
    if (pendingPassword) {
      securityEvent('login.refused_pending', { ...meta, email })
      throw new AppError('forbidden', VERIFY_FIRST)
    }
    const { failures, lockedSeconds } = await recordLoginFailure(user, email)
    securityEvent('login.failed', { ...meta, userId: user?.id, email, failures, lockedSeconds }, 'warn')
    throw new AppError('unauthenticated', BAD_PAIR)
  }

  await clearLoginFailures(user.id)
  if (!user.isActive) {
    securityEvent('login.refused_deactivated', { ...meta, userId: user.id }, 'warn')
    throw new AppError('forbidden', 'This account is deactivated')
  }
  if (!user.emailVerified) {
    securityEvent('login.refused_unverified', { ...meta, userId: user.id })
    throw new AppError('forbidden', VERIFY_FIRST)
  }
  securityEvent('login.succeeded', { ...meta, userId: user.id })
  return { id: user.id }
}
