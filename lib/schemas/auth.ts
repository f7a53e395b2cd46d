import { z } from '@hono/zod-openapi'
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, isCommonPassword } from './password-policy'
import { passkeySignInSchema } from './passkeys'
import { text } from './text'
import { emailSchema, userSchema } from './users'

/*
 * The payloads of /api/auth/*: snake_case on the wire, as the earlier service's clients send them.
 * Objects are strict where a client might try to write what it must not (a `role` on register is
 * dropped, not honoured: public registration always creates a plain `user`).
 */

/** A new password: 12..128 characters, not a common one. Shared by the API and the dashboard's forms. */
export const passwordSchema = text()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`)
  .refine((password) => !isCommonPassword(password), 'This password is too common or predictable; choose another')
  .openapi({ example: 'correct-kettle-marble-47', minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })

/** A password being checked (sign-in, current password): never validated beyond a sane size and text(), so old passwords still work. */
const existingPasswordSchema = text().min(1, 'Enter your password').max(1024).openapi({ example: 'correct-kettle-marble-47' })

export const otpPurposeSchema = z.enum(['verify_email', 'reset_password', 'login']).openapi('OtpPurpose')
export type OtpPurpose = z.infer<typeof otpPurposeSchema>

const confirmed = <T extends { password: string; password_confirmation: string }>(body: T, ctx: z.RefinementCtx) => {
  if (body.password !== body.password_confirmation) ctx.addIssue({ code: 'custom', path: ['password_confirmation'], message: 'Passwords do not match' })
}

export const registerSchema = z
  .object({
    name: text().trim().min(1, 'Enter your name').max(100),
    email: emailSchema,
    password: passwordSchema,
    password_confirmation: text().max(PASSWORD_MAX_LENGTH),
  })
  .superRefine(confirmed)
  .openapi('RegisterRequest')

export const loginSchema = z.object({ email: emailSchema, password: existingPasswordSchema }).openapi('LoginRequest')

export const refreshTokenSchema = z.object({ refresh_token: text().min(1).max(512) }).openapi('RefreshTokenRequest')

export const sendOtpSchema = z.object({ email: emailSchema, purpose: otpPurposeSchema.default('reset_password') }).openapi('SendOtpRequest')

export const verifyOtpSchema = z
  .object({
    email: emailSchema,
    otp: text()
      .trim()
      .regex(/^\d{6}$/, 'The code is 6 digits')
      .openapi({ example: '042917' }),
    purpose: otpPurposeSchema.default('reset_password'),
  })
  .openapi('VerifyOtpRequest')

export const resetPasswordSchema = z
  .object({ reset_token: text().min(1).max(512), password: passwordSchema, password_confirmation: text().max(PASSWORD_MAX_LENGTH) })
  .superRefine(confirmed)
  .openapi('ResetPasswordRequest')

export const changePasswordSchema = z
  .object({ password: existingPasswordSchema, new_password: passwordSchema })
  .refine((body) => body.password !== body.new_password, { path: ['new_password'], message: 'Choose a password different from the current one' })
  .openapi('ChangePasswordRequest')

export const verifyEmailQuerySchema = z.object({ token: text().min(1).max(512) })

export const tokenPairSchema = z
  .object({
    access_token: z.string(),
    refresh_token: z.string(),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int().openapi({ example: 900, description: 'Seconds until the access token expires' }),
  })
  .openapi('TokenPair')

export const loginResultSchema = tokenPairSchema.extend({ user: userSchema }).openapi('LoginResult')

export const resetTokenSchema = z.object({ reset_token: z.string(), expires_in: z.number().int().openapi({ example: 900 }) }).openapi('ResetToken')

/*
 * Second factors. A code is an authenticator's 6 digits or a recovery code (`k7m2p-9xq4t`, any
 * case, dashes and spaces ignored); the services tell them apart.
 */
export const secondFactorCodeSchema = text()
  .trim()
  .min(1, 'Enter the code from your authenticator app or a recovery code')
  .max(32, 'That is not a code from an authenticator app or a recovery code')
  .openapi({ example: '492039', description: 'A 6-digit code from the authenticator app, or one of the recovery codes' })

export const authenticatorCodeSchema = text()
  .trim()
  .regex(/^\d{6}$/, 'The code is 6 digits')
  .openapi({ example: '492039' })

export const mfaMethodSchema = z.enum(['totp', 'recovery_code', 'passkey']).openapi('MfaMethod')

export const mfaRequiredSchema = z
  .object({
    mfa_required: z.literal(true),
    mfa_token: z.string().openapi({ description: 'Send it back with a code to POST /api/auth/mfa/verify; single use' }),
    methods: z.array(mfaMethodSchema),
    expires_in: z.number().int().openapi({ example: 300, description: 'Seconds the mfa_token stays valid (5 wrong codes also end it)' }),
  })
  .openapi('MfaRequired')

export const signInOutcomeSchema = z.union([loginResultSchema, mfaRequiredSchema]).openapi('SignInOutcome')

export const mfaVerifySchema = z
  .object({
    mfa_token: text().min(1).max(512),
    code: secondFactorCodeSchema.optional(),
    passkey: passkeySignInSchema
      .optional()
      .openapi({ description: 'Instead of `code`: a passkey’s answer to the challenge of POST /api/auth/mfa/passkey-options' }),
  })
  .superRefine((body, context) => {
    if ((body.code === undefined) === (body.passkey === undefined))
      context.addIssue({ code: 'custom', path: ['code'], message: 'Send either a code or a passkey answer' })
  })
  .openapi('MfaVerifyRequest')

export const mfaTokenSchema = z.object({ mfa_token: text().min(1).max(512) }).openapi('MfaTokenRequest')

export const totpEnrolmentSchema = z
  .object({
    secret: z.string().openapi({ example: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', description: 'Base32; shown once, for apps that cannot scan' }),
    otpauth_uri: z.string().openapi({ example: 'otpauth://totp/VI%20Cross:ada%40example.com?issuer=VI%20Cross&secret=…&algorithm=SHA1&digits=6&period=30' }),
    qr_svg: z.string().openapi({ description: 'The otpauth URI as a QR code (SVG markup)' }),
  })
  .openapi('TotpEnrolment')

export const recoveryCodesSchema = z
  .object({ recovery_codes: z.array(z.string()).openapi({ example: ['k7m2p-9xq4t'], description: 'Ten single-use codes; shown once' }) })
  .openapi('RecoveryCodes')

export const codeConfirmationSchema = z.object({ code: authenticatorCodeSchema }).openapi('AuthenticatorCodeRequest')
export const currentFactorSchema = z.object({ code: secondFactorCodeSchema }).openapi('CurrentSecondFactorRequest')

export const secondFactorStatusSchema = z
  .object({
    totp: z.boolean().openapi({ description: 'An authenticator app is set up' }),
    recovery_codes_left: z.number().int(),
    required: z.boolean().openapi({ description: 'This account must have a second factor (staff and admins, when the setting is on)' }),
  })
  .openapi('SecondFactorStatus')

export const securitySettingsSchema = z
  .object({ require_mfa_for_staff: z.boolean(), forced_by_environment: z.boolean().openapi({ description: 'REQUIRE_MFA=staff is set on the server' }) })
  .openapi('SecuritySettings')

export const securitySettingsUpdateSchema = z.object({ require_mfa_for_staff: z.boolean() }).openapi('SecuritySettingsUpdate')
