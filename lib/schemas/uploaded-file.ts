import { z } from '@hono/zod-openapi'

/**
 * An optional uploaded file of a multipart body; an empty text field (some clients send `image=`)
 * means none. Documented as a binary string, with what the field accepts as its description.
 */
export const optionalFile = (description: string) =>
  z.preprocess((value) => (value === '' ? undefined : value), z.instanceof(File).optional()).openapi({ type: 'string', format: 'binary', description })

/**
 * `remove_<field>=true` of an update's multipart body: clears the field's current file (and deletes
 * it). `false`, empty or absent leaves it as it is. An addition to the earlier service's fields.
 */
export const removeFlag = (field: string, what: string) =>
  z
    .preprocess((value) => (value === '' ? undefined : value), z.enum(['true', 'false'], `remove_${field} must be true or false`).optional())
    .transform((value) => value === 'true')
    .openapi({
      type: 'string',
      enum: ['true', 'false'],
      description: `\`true\` removes the current ${what} (the stored file is deleted) and leaves none; not together with a new \`${field}\``,
    })

/** The message for a file sent together with `remove_<field>=true`: read with the field first, as the other file errors. */
export const uploadAndRemoveMessage = (field: string) => `${field} cannot be replaced and removed at once (send a new file or remove_${field}=true, not both)`

/**
 * A refinement for an update form: a field may get a new file or `remove_<field>=true`, not both
 * (400 naming the field). `fields` are the wire names of the file fields.
 */
export function refineRemovals(fields: readonly string[]) {
  return (form: Record<string, unknown>, context: z.RefinementCtx) => {
    for (const field of fields) {
      if (form[field] instanceof File && form[`remove_${field}`] === true) {
        context.addIssue({ code: 'custom', path: [field], message: uploadAndRemoveMessage(field) })
      }
    }
  }
}
