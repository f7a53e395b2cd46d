import { z } from '@hono/zod-openapi'
import type { SortColumn } from '@/lib/keyset'
import { afterQuery, keysetPageSchema, listQuery, refineAfter } from './list-query'
import { text } from './text'
import { optionalFile, refineRemovals, removeFlag } from './uploaded-file'

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
export const emailSchema = text()
  .trim()
  .max(254)
  .pipe(z.email('Enter a valid email address'))
  .transform((email) => email.toLowerCase())
  .openapi({ example: 'ada@example.com' })

export const USER_SORT_FIELDS = ['created_at', 'name', 'email', 'role'] as const

/** How each user sort key compares, for the keyset cursor (`after`). */
export const USER_SORT_COLUMNS: Record<(typeof USER_SORT_FIELDS)[number], SortColumn> = {
  created_at: { field: 'createdAt', kind: 'instant' },
  name: { field: 'name', kind: 'nullable-text' },
  email: { field: 'email', kind: 'text' },
  role: { field: 'role', kind: { enum: ['user', 'staff', 'admin'] } },
}

const booleanQuery = (description: string) =>
  z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .openapi({ description, type: 'string', enum: ['true', 'false'] })

/** GET /api/auth/all-users-data */
export const listUsersQuerySchema = listQuery(USER_SORT_FIELDS, '-created_at')
  .extend({
    role: roleSchema.optional(),
    verified: booleanQuery('Only users whose email is (or is not) verified'),
    active: booleanQuery('Only active (or deactivated) users'),
    after: afterQuery,
  })
  .superRefine(refineAfter(USER_SORT_COLUMNS))

export const userPageSchema = keysetPageSchema(userSchema, 'with no filter and for any mix of `role`, `verified` and `active`').openapi('UserPage')

/** PATCH /api/user/edit-user (multipart). Strict: `role`, `is_active` and the like are refused. */
export const editUserFormSchema = z
  .strictObject({
    name: text().trim().min(1, 'Name cannot be empty').max(100).optional().openapi({ example: 'Ada Lovelace' }),
    company: text()
      .trim()
      .max(100)
      .optional()
      .transform((value) => (value === '' ? null : value))
      .openapi({ description: 'Free-text company name; an empty value clears it', example: 'Analytical Engines Ltd' }),
    email: emailSchema.optional().openapi({ description: 'A new email: unverified until the code sent to it is verified' }),
    image: optionalFile('Profile image: JPEG, PNG, WebP or GIF (checked by content), at most MAX_UPLOAD_MB'),
    background_image: optionalFile('Background image: JPEG, PNG, WebP or GIF, at most MAX_UPLOAD_MB'),
    remove_image: removeFlag('image', 'profile image'),
    remove_background_image: removeFlag('background_image', 'background image'),
  })
  .superRefine(refineRemovals(['image', 'background_image']))
  .openapi('EditUserForm')

/** DELETE /api/user/delete-user */
export const deleteUserQuerySchema = z.object({
  id: z.uuid().optional().openapi({ description: "Admins only: another user's id. Without it, the caller's own account." }),
})

/** PATCH /api/auth/assign-role: the user by `user_id` or `email` (exactly one). */
export const assignRoleBodySchema = z
  .strictObject({
    user_id: z.uuid().optional(),
    email: emailSchema.optional(),
    role: roleSchema,
  })
  .superRefine((body, context) => {
    if ((body.user_id === undefined) === (body.email === undefined)) {
      context.addIssue({ code: 'custom', path: ['user_id'], message: 'Give either user_id or email (exactly one)' })
    }
  })
  .openapi('AssignRoleBody')

/** PATCH /api/auth/set-active (an addition to the earlier service's routes). */
export const setActiveBodySchema = z
  .strictObject({
    user_id: z.uuid(),
    is_active: z.boolean(),
  })
  .openapi('SetActiveBody')
