import type { Locale } from '@/lib/i18n/locales'
import type { MailMessage } from '../message'
import { appLink } from './auth-mails'
import { mailWords, renderMail, type MailBlock } from './layout'

/*
 * Mails about a change to how the account is protected, in the account's language. Each says what
 * happened, from where, and what to do if it was not the account's owner: these are how a takeover
 * gets noticed.
 */

type Meta = { ip: string | null }

/** What happened, then (when known) the address the request came from, as one paragraph. */
function what(t: ReturnType<typeof mailWords>, sentence: string, ip: string | null): MailBlock {
  return { paragraph: ip ? `${sentence} ${t('security.fromWhere', { ip })}` : sentence }
}

/** The closing every security mail shares: what to do if it was not you, and a link to the profile's security. */
// A function: APP_URL is read when a mail is made, never when the module loads (the build has no config).
const closing = (t: ReturnType<typeof mailWords>): MailBlock[] => [
  { paragraph: t('security.notYou') },
  { link: { label: t('security.review'), url: appLink('/profile#security') } },
]

export function authenticatorAddedMail(to: string, meta: Meta, locale: Locale): MailMessage {
  const t = mailWords(locale)
  return renderMail(to, t('security.authenticatorAdded.subject'), [what(t, t('security.authenticatorAdded.body'), meta.ip), ...closing(t)], locale)
}

export function authenticatorRemovedMail(to: string, meta: Meta, locale: Locale): MailMessage {
  const t = mailWords(locale)
  return renderMail(to, t('security.authenticatorRemoved.subject'), [what(t, t('security.authenticatorRemoved.body'), meta.ip), ...closing(t)], locale)
}

export function recoveryCodesRegeneratedMail(to: string, meta: Meta, locale: Locale): MailMessage {
  const t = mailWords(locale)
  return renderMail(to, t('security.recoveryCodesRegenerated.subject'), [what(t, t('security.recoveryCodesRegenerated.body'), meta.ip), ...closing(t)], locale)
}

export function recoveryCodeUsedMail(to: string, meta: Meta & { left: number }, locale: Locale): MailMessage {
  const t = mailWords(locale)
  const used = what(t, t('security.recoveryCodeUsed.body'), meta.ip) as { paragraph: string }
  return renderMail(
    to,
    t('security.recoveryCodeUsed.subject'),
    [
      { paragraph: `${used.paragraph} ${t('security.recoveryCodeUsed.left', { left: meta.left })}` },
      ...(meta.left <= 3 ? [{ paragraph: t('security.recoveryCodeUsed.low') }] : []),
      ...closing(t),
    ],
    locale,
  )
}

export function newDeviceSignInMail(to: string, meta: Meta & { device: string }, locale: Locale): MailMessage {
  const t = mailWords(locale)
  return renderMail(
    to,
    t('security.newDevice.subject'),
    [what(t, t('security.newDevice.body', { device: meta.device }), meta.ip), { paragraph: t('security.newDevice.fine') }, ...closing(t)],
    locale,
  )
}

export function passkeyAddedMail(to: string, meta: Meta & { name: string }, locale: Locale): MailMessage {
  const t = mailWords(locale)
  return renderMail(to, t('security.passkeyAdded.subject'), [what(t, t('security.passkeyAdded.body', { name: meta.name }), meta.ip), ...closing(t)], locale)
}

export function passkeyRemovedMail(to: string, meta: Meta, locale: Locale): MailMessage {
  const t = mailWords(locale)
  return renderMail(to, t('security.passkeyRemoved.subject'), [what(t, t('security.passkeyRemoved.body'), meta.ip), ...closing(t)], locale)
}
