'use server'

import { getLocale } from 'next-intl/server'

import { fieldErrors, type FieldErrors } from '@/lib/errors'
import { formSchemas, type FormName, type FormOutput } from './form-schemas'
import { localizeFieldErrors, localizeMessage } from './localize-message'

export type FormCheck<N extends FormName> = { ok: true; values: FormOutput<N> } | { ok: false; errors: FieldErrors }

/**
 * Checks a dashboard form's values with its schema (lib/forms/form-schemas.ts), on the server: the
 * parsed values, or the field errors in the API's own wording, shown in the viewer's language
 * (lib/forms/localize-message.ts). Public like every server action; it only parses what it is given
 * (no data is read, nothing is stored), and an unknown form is refused.
 */
export async function validateForm<N extends FormName>(name: N, values: unknown): Promise<FormCheck<N>> {
  const locale = await getLocale()
  if (typeof name !== 'string' || !Object.hasOwn(formSchemas, name)) return { ok: false, errors: { body: [localizeMessage('Unknown form', locale)] } }
  const result = formSchemas[name].safeParse(values)
  if (result.success) return { ok: true, values: result.data as FormOutput<N> }
  return { ok: false, errors: localizeFieldErrors(fieldErrors(result.error), locale) }
}
