import { z } from '@hono/zod-openapi'

/** The one response shape of the API: `{ status, message, data }`, plus `errors` on validation failures. */
export interface Envelope<T> {
  status: number
  message: string
  data: T
  errors?: Record<string, string[]>
  request_id?: string
}

export function envelope<T>(status: number, message: string, data: T, extra: Pick<Envelope<T>, 'errors' | 'request_id'> = {}): Envelope<T> {
  return { status, message, data, ...extra }
}

/** OpenAPI schema of a success envelope around `data`. */
export function envelopeSchema<T extends z.ZodType>(data: T, name?: string) {
  const schema = z.object({
    status: z.number().int().openapi({ example: 200 }),
    message: z.string().openapi({ example: 'OK' }),
    data,
  })
  return name ? schema.openapi(name) : schema
}

export const errorEnvelopeSchema = z
  .object({
    status: z.number().int().openapi({ example: 400 }),
    message: z.string().openapi({ example: 'Validation failed' }),
    data: z.null(),
    errors: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .openapi({
        description:
          "On a validation failure (400): each field at fault → its messages, keyed by the field's wire name (a query parameter, a JSON or form field). A missing field says `Required`; a number names itself and its bounds (`page must be a whole number`, `page_size must be at most 100`). A failure about the request part as a whole goes under `body` (a JSON body that is not an object, an unknown field of a strict form) or `query`.",
        example: { email: ['Required'], page: ['page must be a whole number'] },
      }),
    request_id: z.string().optional(),
  })
  .openapi('Error')
