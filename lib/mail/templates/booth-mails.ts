import type { MailMessage } from '../message'
import { renderMail, type MailBlock } from './layout'

export type BoothNotice = 'accepted' | 'rejected' | 'reopened' | 'deleted'

const subjects: Record<BoothNotice, (title: string) => string> = {
  accepted: (title) => `Your booth "${title}" was accepted`,
  rejected: (title) => `Your booth "${title}" was not accepted`,
  reopened: (title) => `Your booth "${title}" is back under review`,
  deleted: (title) => `Your booth "${title}" was deleted`,
}

/** Tells a company owner what a reviewer (or staff member) did to one of their booths. */
export function boothNoticeMail(input: { to: string; notice: BoothNotice; title: string; reason?: string | null }): MailMessage {
  const blocks: MailBlock[] = []
  if (input.notice === 'accepted')
    blocks.push({ paragraph: `Your trade booth "${input.title}" was accepted and is now visible to visitors, with its own chat room.` })
  if (input.notice === 'rejected') {
    blocks.push({ paragraph: `Your trade booth "${input.title}" was not accepted.` })
    if (input.reason) blocks.push({ paragraph: `Reason: ${input.reason}` })
    blocks.push({ paragraph: 'You can edit the booth and submit it again; it will go back to review.' })
  }
  if (input.notice === 'reopened') {
    blocks.push({ paragraph: `Your trade booth "${input.title}" was re-opened for review. Until a reviewer decides again, it is not shown to visitors.` })
    if (input.reason) blocks.push({ paragraph: `Reviewer's note: ${input.reason}` })
  }
  if (input.notice === 'deleted') blocks.push({ paragraph: `Your trade booth "${input.title}" was deleted by a VI Cross staff member.` })
  return renderMail(input.to, subjects[input.notice](input.title), blocks)
}
