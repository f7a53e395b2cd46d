import { useForm, type FieldValues, type Path, type UseFormProps, type UseFormReturn } from 'react-hook-form'

import type { FieldErrors } from '@/lib/errors'
import type { FormName, FormOutput } from './form-schemas'
import { validateForm } from './validate-form'

/** Files stay in the browser: they go to the API's upload routes, which check them by content. */
const isFileValue = (value: unknown) => (typeof FileList !== 'undefined' && value instanceof FileList) || (typeof Blob !== 'undefined' && value instanceof Blob)

/** The field errors of a failed check on their fields (the first one focused); others on `root.server`. */
export function showFieldErrors<T extends FieldValues>(form: UseFormReturn<T>, errors: FieldErrors) {
  const fields = Object.keys(form.getValues())
  let focus = true
  for (const field of fields) {
    const message = errors[field]?.[0]
    if (!message) continue
    form.setError(field as Path<T>, { type: 'server', message }, { shouldFocus: focus })
    focus = false
  }
  const other = Object.entries(errors).find(([field]) => !fields.includes(field))
  if (other) form.setError('root.server', { type: 'server', message: other[1][0] })
}

/**
 * react-hook-form for a dashboard form whose schema is checked on the server (`name` in
 * lib/forms/form-schemas.ts): `onSubmit(handler)` sends the non-file values to `validateForm`, shows
 * its field errors in the API's wording, and calls `handler` only with the parsed values (files
 * added back). A field's error clears as soon as it is edited (react-hook-form re-checks an edited
 * field after a submit; no browser-side rule remains to fail) and the next submit checks again. Keeps
 * zod, and the schemas, out of the browser.
 */
export function useServerForm<N extends FormName, T extends FieldValues>(name: N, props: UseFormProps<T>) {
  const form = useForm<T>(props)
  const onSubmit = (handler: (values: FormOutput<N> & Omit<T, keyof FormOutput<N>>) => unknown) =>
    form.handleSubmit(async (input) => {
      const sent: Record<string, unknown> = {}
      const kept: Record<string, unknown> = {}
      for (const [field, value] of Object.entries(input)) (isFileValue(value) ? kept : sent)[field] = value
      const result = await validateForm(name, sent)
      if (!result.ok) return showFieldErrors(form, result.errors)
      await handler({ ...kept, ...result.values } as FormOutput<N> & Omit<T, keyof FormOutput<N>>)
    })
  return { form, onSubmit }
}
