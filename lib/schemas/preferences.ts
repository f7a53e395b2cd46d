import { z } from 'zod'
import { HOUR_CYCLES, LOCALES } from '@/lib/i18n/locales'

/** A person's language and clock; null means "follow the browser" and "follow the language". */
export const preferencesSchema = z.object({
  locale: z.enum(LOCALES).nullable(),
  hour_cycle: z.enum(HOUR_CYCLES).nullable(),
})
export type PreferencesInput = z.infer<typeof preferencesSchema>
