import { db } from '@/lib/db'
import type { PreferencesInput } from '@/lib/schemas/preferences'

/** Stores a person's language (used for their pages and their mails) and their clock. */
export async function updatePreferences(userId: string, input: PreferencesInput): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale: input.locale, hourCycle: input.hour_cycle } })
}
