// PATCH /api/user/edit-user — edits the caller's own name, company, email and images (multipart).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { requireUser } from '@/lib/api/middleware/require-user'
import { parseMultipart, streamedBodyRoute } from '@/lib/api/multipart'
import { errorResponses } from '@/lib/api/openapi/responses'
import { userSchema } from '@/lib/schemas/users'
import { editUserFormSchema } from '@/lib/schemas/users'
import { editUser } from '@/lib/services/users/edit-user'
import { readUploadedFile } from '@/lib/storage/uploaded-file'

/*
 * Two images of at most MAX_UPLOAD_MB each: the body is streamed (lib/api/multipart.ts) and refused
 * with 413 as soon as a file passes the limit, so memory stays bounded by 2 × MAX_UPLOAD_MB.
 */
const FILE_FIELDS = ['image', 'background_image'] as const

const route = createRoute({
  method: 'patch',
  path: '/user/edit-user',
  tags: ['Users'],
  summary: 'Edit own profile',
  description:
    '`remove_image=true` or `remove_background_image=true` clears that image (its file is deleted); sending a new file and its removal together is a 400 naming the field. A new email is applied only once the code (or link) mailed to it is verified (`POST /api/auth/verify-otp` with the new address, purpose `verify_email`); until then the account keeps its current email. The answer is the same whether or not the new address already has an account (its owner is told instead).',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser] as const,
  request: { body: { required: true, content: { 'multipart/form-data': { schema: editUserFormSchema } } } },
  responses: {
    200: { description: 'The updated user', content: { 'application/json': { schema: envelopeSchema(userSchema) } } },
    ...errorResponses(400, 401, 413, 415, 422, 500, 503),
  },
})

export function registerEditUser(app: OpenAPIHono<ApiEnv>) {
  app.openapi(streamedBodyRoute(app, route), async (c) => {
    const form = await parseMultipart(c, editUserFormSchema, { files: FILE_FIELDS })
    const { user, emailChanged } = await editUser(actorOf(c), {
      name: form.name,
      company: form.company,
      email: form.email,
      image: await readUploadedFile(form.image),
      backgroundImage: await readUploadedFile(form.background_image),
      removeImage: form.remove_image,
      removeBackgroundImage: form.remove_background_image,
    })
    const message = emailChanged ? 'Profile updated; enter the code sent to the new email to verify it' : 'Profile updated'
    return c.json(envelope(200, message, user), 200)
  })
}
