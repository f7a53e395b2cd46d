import CredentialsProvider from 'next-auth/providers/credentials'
import GoogleProvider from 'next-auth/providers/google'
import type { Provider } from 'next-auth/providers/index'
import { z } from 'zod'
import { clientAddressFromHeaders } from '@/lib/http/client-address'
import { AppError } from '@/lib/errors'
import { config } from '@/lib/config'
import { text } from '@/lib/schemas/text'
import { db } from '@/lib/db'
import { logger } from '@/lib/log/logger'
import { authenticatePassword } from '@/lib/services/auth/authenticate-password'
import { verifyOneTimeCode } from '@/lib/services/auth/verify-one-time-code'
import { createMfaChallenge, redeemMfaChallenge, type FirstFactor } from '@/lib/services/mfa/mfa-challenge'
import { owedSecondFactor } from '@/lib/services/mfa/owed-second-factor'
import { passkeyAccount } from '@/lib/services/passkeys/passkey-sign-in'
import { passkeySignInSchema } from '@/lib/schemas/passkeys'
import { googleEnabled } from './google-enabled'
import type { SignInErrorCode } from './sign-in-errors'

// text(): a NUL or a lone surrogate is a plain refusal, never a database error (lib/schemas/text.ts).
/*
 * `mfa_nonce`: 32 random bytes the sign-in form makes for each attempt. When the account has a
 * second factor, the passed first factor is recorded under it (an MFA challenge) and the form sends
 * it back with the code to the `mfa` provider: the challenge never travels in a URL or a response.
 */
const nonce = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/)
  .optional()
const passwordInput = z.object({ email: text().trim().min(1).max(254), password: text().min(1).max(1024), mfa_nonce: nonce })
const codeInput = z.object({
  email: text().trim().min(1).max(254),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
  mfa_nonce: nonce,
})
/** A passkey's answer travels as JSON text (credentials are strings); the API's schema checks it. */
const passkeyAnswer = z
  .string()
  .max(32_768)
  .transform((raw, context) => {
    try {
      return JSON.parse(raw) as unknown
    } catch {
      context.addIssue({ code: 'custom', message: 'not JSON' })
      return z.NEVER
    }
  })
  .pipe(passkeySignInSchema)
const secondFactorInput = z.union([
  z.object({ mfa_nonce: z.string().regex(/^[A-Za-z0-9_-]{43}$/), code: text().trim().min(1).max(32) }),
  z.object({ mfa_nonce: z.string().regex(/^[A-Za-z0-9_-]{43}$/), passkey: passkeyAnswer }),
])

/** NextAuth turns an error thrown by `authorize` into `?error=<message>`; only our codes get out. */
class SignInError extends Error {
  constructor(code: SignInErrorCode | 'SignInFailed') {
    super(code)
  }
}

/**
 * A refused credential (unauthenticated, invalid) becomes `null`, which NextAuth reports as a plain failure of that
 * provider; a refused account (forbidden) and throttling (rate_limited) get codes of their own, since they are
 * only reached with a right secret or say nothing about the account. Anything else is a fault.
 */
function refusal(error: unknown, what: string): null {
  if (error instanceof AppError) {
    if (error.code === 'forbidden') throw new SignInError('AccountDisabled')
    if (error.code === 'rate_limited') throw new SignInError('TooManyAttempts')
    if (error.code === 'unauthenticated' && (what === 'passkey' || error.errors?.response)) throw new SignInError('PasskeyRefused')
    if (error.code === 'unauthenticated' && what === 'second factor') throw new SignInError(error.errors?.code ? 'MfaCodeWrong' : 'MfaExpired')
    if (error.isClientError) return null
  }
  logger().error({ err: error }, `${what} sign-in failed unexpectedly`)
  throw new SignInError('SignInFailed')
}

/** The client's address for the services' per-IP limits, as server.ts (or a trusted proxy) tells it. */
function clientIp(headers: Record<string, unknown> | undefined): string | null {
  return clientAddressFromHeaders((name) => {
    const value = headers?.[name]
    return typeof value === 'string' ? value : undefined
  })
}

/** The services check the secret; the dashboard also refuses an account that is deactivated. */
async function activeUser(id: string): Promise<{ id: string }> {
  const user = await db().user.findUnique({ where: { id }, select: { id: true, isActive: true, deletedAt: true } })
  if (!user?.isActive || user.deletedAt) throw new SignInError('AccountDisabled')
  return { id: user.id }
}

/**
 * After a first factor: the user, or — for an account with a second factor — the challenge
 * recorded under the form's nonce and `MfaRequired`, which the form answers with the `mfa` provider.
 */
async function afterFirstFactor(userId: string, firstFactor: FirstFactor, mfaNonce: string | undefined, ip: string | null): Promise<{ id: string }> {
  const user = await activeUser(userId)
  const methods = await owedSecondFactor(userId)
  if (!methods) return user
  const code = methods.includes('passkey') ? 'MfaRequiredPasskey' : 'MfaRequired'
  if (!mfaNonce) throw new SignInError(code)
  await createMfaChallenge(userId, firstFactor, { ip }, mfaNonce)
  throw new SignInError(code)
}

const password = CredentialsProvider({
  id: 'credentials',
  name: 'Password',
  credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
  async authorize(credentials, request) {
    const input = passwordInput.safeParse(credentials)
    if (!input.success) return null
    let signedIn: { id: string }
    try {
      signedIn = await authenticatePassword({ email: input.data.email, password: input.data.password, ip: clientIp(request.headers) })
    } catch (error) {
      return refusal(error, 'password')
    }
    return afterFirstFactor(signedIn.id, 'password', input.data.mfa_nonce, clientIp(request.headers))
  },
})

const emailCode = CredentialsProvider({
  id: 'email-code',
  name: 'Email code',
  credentials: { email: { label: 'Email', type: 'email' }, code: { label: 'Code', type: 'text' } },
  async authorize(credentials, request) {
    const input = codeInput.safeParse(credentials)
    if (!input.success) return null
    let verified: { userId: string }
    try {
      verified = await verifyOneTimeCode({ email: input.data.email, purpose: 'login', code: input.data.code, ip: clientIp(request.headers) })
    } catch (error) {
      return refusal(error, 'email code')
    }
    return afterFirstFactor(verified.userId, 'email_code', input.data.mfa_nonce, clientIp(request.headers))
  },
})

const secondFactor = CredentialsProvider({
  id: 'mfa',
  name: 'Second factor',
  credentials: { mfa_nonce: { label: 'Challenge', type: 'text' }, code: { label: 'Code', type: 'text' } },
  async authorize(credentials, request) {
    const input = secondFactorInput.safeParse(credentials)
    if (!input.success) throw new SignInError('MfaCodeWrong')
    let redeemed: { userId: string }
    try {
      const proof =
        'passkey' in input.data
          ? { passkey: { challengeId: input.data.passkey.challenge_id, response: input.data.passkey.response } }
          : { code: input.data.code }
      redeemed = await redeemMfaChallenge(input.data.mfa_nonce, proof, { ip: clientIp(request.headers) })
    } catch (error) {
      return refusal(error, 'second factor')
    }
    return activeUser(redeemed.userId)
  },
})

/** A passkey on its own (discoverable, user verified): both factors at once. */
const passkey = CredentialsProvider({
  id: 'passkey',
  name: 'Passkey',
  credentials: { passkey: { label: 'Passkey', type: 'text' } },
  async authorize(credentials, request) {
    const input = z.object({ passkey: passkeyAnswer }).safeParse(credentials)
    if (!input.success) return null
    let userId: string
    try {
      userId = await passkeyAccount(input.data.passkey.challenge_id, input.data.passkey.response, { ip: clientIp(request.headers) })
    } catch (error) {
      return refusal(error, 'passkey')
    }
    return activeUser(userId)
  },
})

function google(): Provider {
  const { GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET, GOOGLE_ISSUER } = config()
  return GoogleProvider({
    clientId: GOOGLE_CLIENT_ID!,
    clientSecret: GOOGLE_CLIENT_SECRET!,
    // From configuration, so that tests can stand a local OpenID provider in for Google.
    wellKnown: `${GOOGLE_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
    checks: ['pkce', 'state', 'nonce'],
    // Accounts are matched on (provider, Google subject) only: an email alone never links them.
    allowDangerousEmailAccountLinking: false,
    profile: (profile) => ({ id: profile.sub, name: profile.name ?? null, email: profile.email?.toLowerCase() ?? null, image: profile.picture ?? null }),
  })
}

export function authProviders(): Provider[] {
  return googleEnabled() ? [password, emailCode, secondFactor, passkey, google()] : [password, emailCode, secondFactor, passkey]
}
