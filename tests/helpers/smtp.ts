/**
 * A real SMTP server for tests: `smtp-server` on 127.0.0.1 (random port), every mail parsed with
 * `mailparser`. Point the app at it and read what it sent:
 *
 *   const smtp = await startSmtpServer()
 *   process.env.SMTP_URL = smtp.url; resetConfig()          // config is cached
 *   ...
 *   const mail = await smtp.waitForMail('ada@example.com')   // the oldest mail not yet taken
 *   const code = codeFrom(mail)                              // the 6-digit code in it
 *   await smtp.close()
 *
 * `waitForMail` *takes* the mail it returns, so calling it again waits for the next one; it fails
 * after `timeoutMs` (the app sends mail in the background, so a mail can arrive after the response).
 */
import type { AddressObject } from 'mailparser'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface TestMail {
  /** Lower-cased recipient addresses. */
  to: string[]
  subject: string
  text: string
  html: string
}

export interface TestSmtp {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string
  /** Resolves with the oldest untaken mail to `to` matching `predicate`, and takes it. */
  waitForMail(to: string, predicate?: (mail: TestMail) => boolean, timeoutMs?: number): Promise<TestMail>
  /** Every mail received so far (taken or not), oldest first. */
  received(): readonly TestMail[]
  close(): Promise<void>
}

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) => group.value.map((entry) => entry.address?.toLowerCase() ?? ''))

export async function startSmtpServer(): Promise<TestSmtp> {
  const mails: TestMail[] = []
  const taken = new Set<TestMail>()
  const waiters = new Set<() => void>()

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            to: addresses(parsed.to),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          })
          for (const wake of waiters) wake()
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.server.address()
  if (!address || typeof address === 'string') throw new Error('SMTP test server has no port')

  function take(to: string, predicate: (mail: TestMail) => boolean): TestMail | undefined {
    const found = mails.find((mail) => !taken.has(mail) && mail.to.includes(to.toLowerCase()) && predicate(mail))
    if (found) taken.add(found)
    return found
  }

  return {
    url: `smtp://127.0.0.1:${address.port}`,
    received: () => mails,
    waitForMail(to, predicate = () => true, timeoutMs = 5_000) {
      const now = take(to, predicate)
      if (now) return Promise.resolve(now)
      return new Promise((resolve, reject) => {
        const wake = () => {
          const mail = take(to, predicate)
          if (!mail) return
          finish()
          resolve(mail)
        }
        const timer = setTimeout(() => {
          finish()
          reject(
            new Error(
              `No mail to ${to} within ${timeoutMs} ms (received: ${mails.map((mail) => `${mail.to.join(',')}: ${mail.subject}`).join('; ') || 'none'})`,
            ),
          )
        }, timeoutMs)
        const finish = () => {
          clearTimeout(timer)
          waiters.delete(wake)
        }
        waiters.add(wake)
      })
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The 6-digit one-time code in a mail. */
export function codeFrom(mail: TestMail): string {
  const code = mail.text.match(/\b(\d{6})\b/)?.[1]
  if (!code) throw new Error(`No 6-digit code in mail "${mail.subject}"`)
  return code
}

/** The first link in a mail's text whose URL starts with `prefix` (e.g. `http://localhost:3000/api/auth/verify-email`). */
export function linkFrom(mail: TestMail, prefix: string): string {
  const link = mail.text.split(/\s+/).find((word) => word.startsWith(prefix))
  if (!link) throw new Error(`No link starting with ${prefix} in mail "${mail.subject}"`)
  return link
}
