import { config } from '@/lib/config'
import type { Locale } from '@/lib/i18n/locales'
import type { MailMessage } from '../message'
import { mailWords, renderMail } from './layout'

export type CodePurpose = 'verify_email' | 'reset_password' | 'login'

/** Links point at APP_URL, never at the Host header of the request (which a client controls). */
export function appLink(path: string, query: Record<string, string> = {}): string {
  const url = new URL(path, config().APP_URL)
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value)
  return url.toString()
}

/** A one-time code mail; a verification mail also carries a link that verifies without typing the code. */
export function oneTimeCodeMail(input: { to: string; purpose: CodePurpose; code: string; minutes: number; verifyLink?: string; locale: Locale }): MailMessage {
  const t = mailWords(input.locale)
  return renderMail(
    input.to,
    t(`code.subject.${input.purpose}`),
    [
      { paragraph: t(`code.intro.${input.purpose}`) },
      { code: input.code },
      { paragraph: t('code.expires', { minutes: input.minutes }) },
      ...(input.verifyLink ? [{ link: { label: t('code.verifyLink'), url: input.verifyLink } }] : []),
      { paragraph: t('code.ignore') },
    ],
    input.locale,
  )
}

/** Sent instead of a second account when someone registers an address that already has one. */
export function registrationAttemptMail(to: string, locale: Locale): MailMessage {
  const t = mailWords(locale)
  return renderMail(
    to,
    t('registrationAttempt.subject'),
    [
      { paragraph: t('registrationAttempt.body') },
      { paragraph: t('registrationAttempt.ifYou') },
      { link: { label: t('registrationAttempt.signIn'), url: appLink('/sign-in') } },
      { paragraph: t('notYouIgnore') },
    ],
    locale,
  )
}

/** Sent instead of a code when someone asks to move their account to an address that already has one. */
export function emailChangeAttemptMail(to: string, locale: Locale): MailMessage {
  const t = mailWords(locale)
  return renderMail(to, t('emailChangeAttempt.subject'), [{ paragraph: t('emailChangeAttempt.body') }, { paragraph: t('notYouIgnore') }], locale)
}

export function passwordChangedMail(to: string, locale: Locale): MailMessage {
  const t = mailWords(locale)
  return renderMail(to, t('passwordChanged.subject'), [{ paragraph: t('passwordChanged.body') }, { paragraph: t('passwordChanged.notYou') }], locale)
}
