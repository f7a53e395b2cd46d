import nodemailer, { type Transporter } from 'nodemailer'
import { config } from '@/lib/config'
import { processSingleton } from '@/lib/runtime/process-singleton'

/*
 * One SMTP transport per process and SMTP_URL (tests point SMTP_URL at their own server and reset
 * the configuration). Pooled: codes are mailed one after another, a connection per mail is waste.
 */
const transport = processSingleton<{ url: string; transporter: Transporter } | undefined>('mail-transport', () => undefined)

/** The SMTP transport, or null when SMTP_URL is unset (mail then goes to the server log). */
export function smtpTransport(): Transporter | null {
  const url = config().SMTP_URL
  if (!url) return null
  const current = transport.peek()
  if (current?.url === url) return current.transporter
  current?.transporter.close()
  const transporter = nodemailer.createTransport(url, { pool: true, maxConnections: 2 } as nodemailer.TransportOptions)
  transport.set({ url, transporter })
  return transporter
}

export function closeMailTransport(): void {
  transport.clear()?.transporter.close()
}
