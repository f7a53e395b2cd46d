import { z } from '@hono/zod-openapi'

export const signInSchema = z
  .object({
    id: z.uuid().openapi({ description: 'The sign-in: a dashboard session, or an API client’s refresh-token family' }),
    kind: z.enum(['dashboard', 'api']),
    device: z.string().openapi({ example: 'Chrome 131 on Linux', description: 'Parsed from the user agent' }),
    user_agent: z.string().nullable(),
    ip: z.string().nullable(),
    created_at: z.iso.datetime(),
    last_used_at: z.iso.datetime(),
    current: z.boolean().openapi({ description: 'The sign-in this request was made with' }),
  })
  .openapi('SignIn')

export const signInListSchema = z.object({ items: z.array(signInSchema) }).openapi('SignInList')

export const signInsQuerySchema = z.object({
  user_id: z.uuid().optional().openapi({ description: 'Admins: another user’s sign-ins. Anyone else may only name themselves.' }),
})

export const signInPathSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) })

export const endedSignInsSchema = z.object({ ended: z.number().int() }).openapi('EndedSignIns')
