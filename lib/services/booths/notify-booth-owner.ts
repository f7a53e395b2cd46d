import { db } from '@/lib/db'
import { localeOr } from '@/lib/i18n/locales'
import { logger } from '@/lib/log/logger'
import { queueMail } from '@/lib/mail/send-mail'
import { boothNoticeMail, type BoothNotice } from '@/lib/mail/templates/booth-mails'

export interface BoothNoticeInput {
  notice: BoothNotice
  boothId: string
  title: string
  companyOwnerId: string
  reason?: string | null
}

/**
 * Emails the owner of the booth's company, in the background: the change is committed already, so
 * a mail failure is logged, never reported to the reviewer as a failed review.
 */
export async function notifyBoothOwner(input: BoothNoticeInput): Promise<void> {
  try {
    const owner = await db().user.findUnique({ where: { id: input.companyOwnerId }, select: { email: true, locale: true } })
    if (!owner) return
    queueMail(boothNoticeMail({ to: owner.email, notice: input.notice, title: input.title, reason: input.reason, locale: localeOr(owner.locale) }))
  } catch (error) {
    logger().warn({ err: error, boothId: input.boothId }, 'could not notify the booth owner')
  }
}
