import { z } from '@hono/zod-openapi'

/**
 * An optional uploaded file of a multipart body; an empty text field (some clients send `image=`)
 * means none. Documented as a binary string, with what the field accepts as its description.
 */
export const optionalFile = (description: string) =>
  z.preprocess((value) => (value === '' ? undefined : value), z.instanceof(File).optional()).openapi({ type: 'string', format: 'binary', description })
