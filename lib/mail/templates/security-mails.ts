import type { MailMessage } from '../message'
import { appLink } from './auth-mails'
import { renderMail } from './layout'

/*
 * Mails about a change to how the account is protected. Each says what happened, from where, and
 * what to do if it was not the account's owner: these are how a takeover gets noticed.
 */

const fromWhere = (ip: string | null) => (ip ? ` The request came from the address ${ip}.` : '')
const notYou = { paragraph: 'If this was not you, change your password now, review your sign-ins on your profile, and tell an administrator.' }
// A function: APP_URL is read when a mail is made, never when the module loads (the build has no config).
const profileLink = () => ({ link: { label: 'Review your account security', url: appLink('/profile#security') } })

export function authenticatorAddedMail(to: string, meta: { ip: string | null }): MailMessage {
  return renderMail(to, 'An authenticator app was added to your account', [
    { paragraph: `An authenticator app now protects your VI Cross account as a second factor.${fromWhere(meta.ip)}` },
    notYou,
    profileLink(),
  ])
}

export function authenticatorRemovedMail(to: string, meta: { ip: string | null }): MailMessage {
  return renderMail(to, 'The authenticator app was removed from your account', [
    { paragraph: `The authenticator app of your VI Cross account was removed, together with its recovery codes.${fromWhere(meta.ip)}` },
    notYou,
    profileLink(),
  ])
}

export function recoveryCodesRegeneratedMail(to: string, meta: { ip: string | null }): MailMessage {
  return renderMail(to, 'New recovery codes were created for your account', [
    { paragraph: `A new set of recovery codes was created for your VI Cross account; the earlier codes no longer work.${fromWhere(meta.ip)}` },
    notYou,
    profileLink(),
  ])
}

export function recoveryCodeUsedMail(to: string, meta: { left: number; ip: string | null }): MailMessage {
  return renderMail(to, 'A recovery code was used to sign in', [
    { paragraph: `One of your recovery codes was just used to sign in to VI Cross.${fromWhere(meta.ip)} ${meta.left} unused codes are left.` },
    ...(meta.left <= 3 ? [{ paragraph: 'You are running low: create a new set from your profile.' }] : []),
    notYou,
    profileLink(),
  ])
}

export function newDeviceSignInMail(to: string, meta: { device: string; ip: string | null }): MailMessage {
  return renderMail(to, 'New sign-in to your account', [
    { paragraph: `Your VI Cross account was just signed in to from a device it has not been used on lately: ${meta.device}.${fromWhere(meta.ip)}` },
    { paragraph: 'If this was you, there is nothing to do. Your profile lists every device signed in, and can sign any of them out.' },
    notYou,
    profileLink(),
  ])
}

export function passkeyAddedMail(to: string, meta: { name: string; ip: string | null }): MailMessage {
  return renderMail(to, 'A passkey was added to your account', [
    { paragraph: `A passkey named “${meta.name}” can now sign in to your VI Cross account.${fromWhere(meta.ip)}` },
    notYou,
    profileLink(),
  ])
}

export function passkeyRemovedMail(to: string, meta: { ip: string | null }): MailMessage {
  return renderMail(to, 'A passkey was removed from your account', [
    { paragraph: `A passkey of your VI Cross account was removed and can no longer sign in.${fromWhere(meta.ip)}` },
    notYou,
    profileLink(),
  ])
}
