import { z } from '@hono/zod-openapi'

export const roleSchema = z.enum(['user', 'staff', 'admin']).openapi('Role')

/** A user as the API shows it. Never carries a secret. */
export const userSchema = z
  .object({
    id: z.string().openapi({ example: '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c' }),
    name: z.string().nullable(),
    email: z.email(),
    role: roleSchema,
    company: z.string().nullable(),
    image_url: z.string().nullable(),
    background_image_url: z.string().nullable(),
    email_verified: z.boolean(),
    is_active: z.boolean(),
    created_at: z.iso.datetime(),
  })
  .openapi('User')

export type UserJson = z.infer<typeof userSchema>

/** Emails are compared and stored lower-cased and trimmed. */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('Enter a valid email address'))
  .transform((email) => email.toLowerCase())
  .openapi({ example: 'ada@example.com' })
