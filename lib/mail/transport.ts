import nodemailer, { type Transporter } from 'nodemailer'
import { config } from '@/lib/config'

/*
 * One SMTP transport per process and SMTP_URL (tests point SMTP_URL at their own server and reset
 * the configuration). Pooled: codes are mailed one after another, a connection per mail is waste.
 */
const TRANSPORT = Symbol.for('vicross.mail-transport')
type Holder = typeof globalThis & { [TRANSPORT]?: { url: string; transporter: Transporter } }

/** The SMTP transport, or null when SMTP_URL is unset (mail then goes to the server log). */
export function smtpTransport(): Transporter | null {
  const url = config().SMTP_URL
  const holder = globalThis as Holder
  if (!url) return null
  const current = holder[TRANSPORT]
  if (current?.url === url) return current.transporter
  current?.transporter.close()
  const transporter = nodemailer.createTransport(url, { pool: true, maxConnections: 2 } as nodemailer.TransportOptions)
  holder[TRANSPORT] = { url, transporter }
  return transporter
}

export function closeMailTransport(): void {
  const holder = globalThis as Holder
  holder[TRANSPORT]?.transporter.close()
  delete holder[TRANSPORT]
}
