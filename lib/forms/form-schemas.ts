import { z } from 'zod'

import { authenticatorCodeSchema, loginSchema, passwordSchema, secondFactorCodeSchema, verifyOtpSchema } from '@/lib/schemas/auth'
import { boothFormSchema } from '@/lib/schemas/booths'
import { companyFormSchema } from '@/lib/schemas/companies'
import { emailSchema } from '@/lib/schemas/users'

/*
 * The schema behind each dashboard form, checked on the server (lib/forms/validate-form.ts) so the
 * browser never loads zod (~90 kB gzip). Each one is the API's own schema for that payload, or a
 * step of it (the email, the code), with the form-only checks (a confirmation field) added here.
 * Server-only: browser code imports the types below with `import type`.
 */
export const formSchemas = {
  login: loginSchema,
  // Sign-in with an emailed code, and a password reset: the email, then the code.
  email: z.object({ email: emailSchema }),
  'one-time-code': verifyOtpSchema.pick({ otp: true }),
  // The second step of a sign-in (an authenticator or a recovery code), and an authenticator's codes on the profile.
  'second-factor': z.object({ code: secondFactorCodeSchema }),
  'authenticator-code': z.object({ code: authenticatorCodeSchema }),
  'reset-password': z
    .object({ password: passwordSchema, password_confirmation: z.string() })
    .refine((form) => form.password === form.password_confirmation, { path: ['password_confirmation'], message: 'Passwords do not match' }),
  'change-password': z
    .object({ password: z.string().min(1, 'Enter your current password'), new_password: passwordSchema, confirmation: z.string() })
    .refine((form) => form.new_password === form.confirmation, { path: ['confirmation'], message: 'Passwords do not match' })
    .refine((form) => form.new_password !== form.password, { path: ['new_password'], message: 'Choose a password different from the current one' }),
  // The images are files: they go to the API's edit-user route, which checks them by content.
  'profile-details': z.object({ name: z.string().trim().min(1, 'Name cannot be empty').max(100), company: z.string().trim().max(100) }),
  company: companyFormSchema,
  booth: boothFormSchema,
} satisfies Record<string, z.ZodType>

export type FormName = keyof typeof formSchemas
export type FormInput<N extends FormName> = z.input<(typeof formSchemas)[N]>
export type FormOutput<N extends FormName> = z.output<(typeof formSchemas)[N]>
