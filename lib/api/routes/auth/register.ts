// POST /api/auth/register — creates an unverified `user` and mails a verification code and link; 201.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { requestMeta } from '@/lib/api/client-meta'
import type { ApiEnv } from '@/lib/api/context'
import { envelope, envelopeSchema } from '@/lib/api/envelope'
import { errorResponses } from '@/lib/api/openapi/responses'
import { registerSchema } from '@/lib/schemas/auth'
import { userSchema } from '@/lib/schemas/users'
import { registerUser } from '@/lib/services/auth/register-user'

const route = createRoute({
  method: 'post',
  path: '/auth/register',
  tags: ['Auth'],
  summary: 'Register an account',
  description:
    'Creates an unverified account with the role `user` (a `role` sent is ignored) and mails a 6-digit code (verify it with verify-otp, purpose `verify_email`) and a verification link. An email that already has an account gets the same 201 answer; nothing changes and the owner is told by mail.',
  request: { body: { required: true, content: { 'application/json': { schema: registerSchema } } } },
  responses: {
    201: { description: 'Registered; a verification code is on its way', content: { 'application/json': { schema: envelopeSchema(userSchema) } } },
    ...errorResponses(400, 429, 500, 503),
  },
})

// No RateLimit headers on success: the limits a new account's code consumes would differ from a
// taken email's, and tell them apart. A 429 still carries Retry-After.
export function registerRegister(app: OpenAPIHono<ApiEnv>) {
  app.openapi(route, async (c) => {
    const body = c.req.valid('json')
    const user = await registerUser({ name: body.name, email: body.email, password: body.password, ...requestMeta(c) })
    return c.json(envelope(201, 'Registered. Check your email for the verification code.', user), 201)
  })
}
