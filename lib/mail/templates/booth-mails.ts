import type { Locale } from '@/lib/i18n/locales'
import type { MailMessage } from '../message'
import { mailWords, renderMail, type MailBlock } from './layout'

export type BoothNotice = 'accepted' | 'rejected' | 'reopened' | 'deleted'

/** Tells a company owner, in their language, what a reviewer (or staff member) did to one of their booths. */
export function boothNoticeMail(input: { to: string; notice: BoothNotice; title: string; reason?: string | null; locale: Locale }): MailMessage {
  const t = mailWords(input.locale)
  const title = input.title
  const blocks: MailBlock[] = []
  if (input.notice === 'accepted') blocks.push({ paragraph: t('booth.accepted', { title }) })
  if (input.notice === 'rejected') {
    blocks.push({ paragraph: t('booth.rejected', { title }) })
    if (input.reason) blocks.push({ paragraph: t('booth.reason', { reason: input.reason }) })
    blocks.push({ paragraph: t('booth.resubmit') })
  }
  if (input.notice === 'reopened') {
    blocks.push({ paragraph: t('booth.reopened', { title }) })
    if (input.reason) blocks.push({ paragraph: t('booth.reviewerNote', { reason: input.reason }) })
  }
  if (input.notice === 'deleted') blocks.push({ paragraph: t('booth.deleted', { title }) })
  return renderMail(input.to, t(`booth.subject.${input.notice}`, { title }), blocks, input.locale)
}
