import { config } from '@/lib/config'
import { logger } from '@/lib/log/logger'
import type { MailMessage } from './message'
import { smtpTransport } from './transport'

/** Delivers a mail over SMTP_URL; with no SMTP_URL prints it to the server log so a local user can still sign up. */
export async function sendMail(message: MailMessage): Promise<void> {
  const transport = smtpTransport()
  if (!transport) {
    // Deliberately the whole text (it may carry a code): this is the local stand-in for a mailbox.
    logger().info({ mail: { to: message.to, subject: message.subject } }, `mail (SMTP_URL unset):\n${message.text}`)
    return
  }
  await transport.sendMail({ from: config().MAIL_FROM, to: message.to, subject: message.subject, text: message.text, html: message.html })
}

/**
 * Sends in the background. Requests that may or may not send mail (unknown emails send none) must
 * not wait for SMTP, or the response time would tell whether the address has an account.
 */
export function queueMail(message: MailMessage): void {
  sendMail(message).catch((error: unknown) => logger().error({ err: error, subject: message.subject }, 'sending mail failed'))
}
