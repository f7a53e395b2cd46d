import { config } from '@/lib/config'
import type { MailMessage } from '../message'
import { renderMail } from './layout'

export type CodePurpose = 'verify_email' | 'reset_password' | 'login'

/** Links point at APP_URL, never at the Host header of the request (which a client controls). */
export function appLink(path: string, query: Record<string, string> = {}): string {
  const url = new URL(path, config().APP_URL)
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value)
  return url.toString()
}

const subjects: Record<CodePurpose, string> = {
  verify_email: 'Verify your email address',
  reset_password: 'Your password reset code',
  login: 'Your sign-in code',
}

const intros: Record<CodePurpose, string> = {
  verify_email: 'Use this code to verify your email address for VI Cross:',
  reset_password: 'Someone (hopefully you) asked to reset the password of your VI Cross account. Use this code to continue:',
  login: 'Use this code to sign in to VI Cross:',
}

/** A one-time code mail; a verification mail also carries a link that verifies without typing the code. */
export function oneTimeCodeMail(input: { to: string; purpose: CodePurpose; code: string; minutes: number; verifyLink?: string }): MailMessage {
  return renderMail(input.to, subjects[input.purpose], [
    { paragraph: intros[input.purpose] },
    { code: input.code },
    { paragraph: `The code expires in ${input.minutes} minutes and works once. Never share it: VI Cross staff will never ask for it.` },
    ...(input.verifyLink ? [{ link: { label: 'Verify my email', url: input.verifyLink } }] : []),
    { paragraph: 'If you did not ask for this, you can ignore this mail.' },
  ])
}

/** Sent instead of a second account when someone registers an address that already has one. */
export function registrationAttemptMail(to: string): MailMessage {
  return renderMail(to, 'Someone tried to register with your email', [
    { paragraph: 'Someone just tried to create a VI Cross account with this email address, which already has an account. Nothing was changed.' },
    { paragraph: 'If it was you, sign in instead, or reset your password if you forgot it:' },
    { link: { label: 'Sign in', url: appLink('/sign-in') } },
    { paragraph: 'If it was not you, you can ignore this mail.' },
  ])
}

/** Sent instead of a code when someone asks to move their account to an address that already has one. */
export function emailChangeAttemptMail(to: string): MailMessage {
  return renderMail(to, 'Someone tried to use your email for another account', [
    {
      paragraph: 'Someone signed in to VI Cross just asked to change their account’s email to this address, which already has an account. Nothing was changed.',
    },
    { paragraph: 'If it was not you, you can ignore this mail.' },
  ])
}

export function passwordChangedMail(to: string): MailMessage {
  return renderMail(to, 'Your password was changed', [
    { paragraph: 'The password of your VI Cross account was just changed, and your other sessions were signed out.' },
    { paragraph: 'If you did not do this, reset your password now and contact an administrator.' },
  ])
}
