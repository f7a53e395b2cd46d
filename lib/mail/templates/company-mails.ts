import type { Role } from '@/lib/generated/prisma/enums'
import type { Locale } from '@/lib/i18n/locales'
import type { MailMessage } from '../message'
import { mailWords, renderMail } from './layout'

/** Told to a company's owner, in their language, when someone else (staff or an admin) deleted it. */
export function companyDeletedMail(input: { to: string; companyName: string; boothCount: number; deletedBy: Role; locale: Locale }): MailMessage {
  const t = mailWords(input.locale)
  return renderMail(
    input.to,
    t('company.subject', { name: input.companyName }),
    [{ paragraph: t('company.deleted', { name: input.companyName, role: input.deletedBy, count: input.boothCount }) }, { paragraph: t('company.mistake') }],
    input.locale,
  )
}
