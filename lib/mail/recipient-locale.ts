import { db } from '@/lib/db'
import { localeOr, type Locale } from '@/lib/i18n/locales'

/** The language a person's mails are written in: their account's `locale`, else English. */
export async function mailLocaleOf(userId: string): Promise<Locale> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { locale: true } })
  return localeOr(user?.locale)
}
