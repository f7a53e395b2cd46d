// PATCH /api/user/edit-user — edits the caller's own name, company, email and images (multipart).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { createMiddleware } from 'hono/factory'
import { actorOf } from '@/lib/api/actor'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { AppError } from '@/lib/api/errors'
import { requireUser } from '@/lib/api/middleware/require-user'
import { errorResponses } from '@/lib/api/openapi/responses'
import { userSchema } from '@/lib/schemas/user'
import { editUserFormSchema } from '@/lib/schemas/users'
import { editUser } from '@/lib/services/users/edit-user'
import { maxUploadBytes } from '@/lib/storage/inspect-upload'
import { readUploadedFile } from '@/lib/storage/uploaded-file'

/*
 * Two images of at most MAX_UPLOAD_MB each, plus room for the text fields and multipart framing.
 * Larger bodies are refused from Content-Length (or while streaming) before being buffered whole.
 */
const limitBody = createMiddleware<ApiEnv>((c, next) =>
  bodyLimit({
    maxSize: 2 * maxUploadBytes() + 64 * 1024,
    onError: () => {
      throw new AppError('payload_too_large', 'The upload is too large')
    },
  })(c, next),
)

const route = createRoute({
  method: 'patch',
  path: '/user/edit-user',
  tags: ['Users'],
  summary: 'Edit own profile',
  description: 'A changed email is unverified until the code sent to it is verified (`POST /api/auth/verify-otp`, purpose `verify_email`).',
  security: [{ bearerAuth: [] }],
  middleware: [requireUser, limitBody] as const,
  request: { body: { required: true, content: { 'multipart/form-data': { schema: editUserFormSchema } } } },
  responses: {
    200: { description: 'The updated user', content: { 'application/json': { schema: envelopeSchema(userSchema) } } },
    ...errorResponses(400, 401, 409, 413, 415, 422, 500, 503),
  },
})

export function registerEditUser(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const form = c.req.valid('form')
    const { user, emailChanged } = await editUser(actorOf(c), {
      name: form.name,
      company: form.company,
      email: form.email,
      image: await readUploadedFile(form.image),
      backgroundImage: await readUploadedFile(form.background_image),
    })
    const message = emailChanged ? 'Profile updated; enter the code sent to the new email to verify it' : 'Profile updated'
    return c.json(envelope(200, message, user), 200)
  })
}
