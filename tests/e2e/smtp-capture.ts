// A real SMTP server for the browser tests, run by playwright.config.ts's webServer list: the app
// under test (started with a fixed SMTP_URL) sends its mail here, and the tests read it over HTTP.
//   GET /mails?to=<address>  → the mails to that address, oldest first (JSON)
//   GET /health              → 200 once both servers listen
import { createServer } from 'node:http'
import type { AddressObject } from 'mailparser'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import type { TestMail } from '../helpers/smtp'

const smtpPort = Number(process.env.SMTP_CAPTURE_SMTP_PORT ?? 2525)
const httpPort = Number(process.env.SMTP_CAPTURE_HTTP_PORT ?? 2526)
const mails: (TestMail & { receivedAt: string })[] = []

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((group) => group.value.map((entry) => entry.address?.toLowerCase() ?? ''))

const smtp = new SMTPServer({
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
          receivedAt: new Date().toISOString(),
        })
        callback()
      })
      .catch((error: Error) => callback(error))
  },
})

const http = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost')
  if (url.pathname === '/health') return void response.end('ok')
  if (url.pathname === '/mails') {
    const to = url.searchParams.get('to')?.toLowerCase()
    response.setHeader('content-type', 'application/json')
    return void response.end(JSON.stringify(to ? mails.filter((mail) => mail.to.includes(to)) : mails))
  }
  response.statusCode = 404
  response.end()
})

smtp.listen(smtpPort, '127.0.0.1', () => {
  http.listen(httpPort, '127.0.0.1', () => console.log(`smtp-capture: SMTP on ${smtpPort}, HTTP on ${httpPort}`))
})

const stop = () => {
  http.close()
  smtp.close(() => process.exit(0))
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
