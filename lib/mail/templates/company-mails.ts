import type { MailMessage } from '../message'
import { renderMail } from './layout'

const roleLabel = { user: 'a user', staff: 'a staff member', admin: 'an administrator' } as const

/** Told to a company's owner when someone else (staff or an admin) deleted it. */
export function companyDeletedMail(input: { to: string; companyName: string; boothCount: number; deletedBy: keyof typeof roleLabel }): MailMessage {
  const booths = input.boothCount === 1 ? '1 trade booth' : `${input.boothCount} trade booths`
  return renderMail(input.to, `Your company "${input.companyName}" was deleted`, [
    {
      paragraph: `Your company "${input.companyName}" was deleted from VI Cross by ${roleLabel[input.deletedBy]}, together with its ${booths} and their files.`,
    },
    { paragraph: 'If you think this is a mistake, contact an administrator.' },
  ])
}
