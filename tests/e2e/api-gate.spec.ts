import { request as httpRequest } from 'node:http'
import { expect, test } from '@playwright/test'

/*
 * One entrance to the API: whatever spelling of an /api path a client sends (dot segments, %2e,
 * doubled slashes, a trailing slash or /.), server.ts answers it as the canonical path, with the
 * same per-address limits and headers. Raw HTTP on purpose: Playwright's client and browsers resolve
 * dot segments before sending, an attacker's client does not.
 */
const port = Number(process.env.E2E_PORT ?? 3100)

interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Record<string, unknown>
}

function raw(method: string, path: string, body?: unknown, targetPort = port): Promise<RawAnswer> {
  const payload = body === undefined ? undefined : JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port: targetPort,
        method,
        path,
        headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
      },
      (incoming) => {
        let text = ''
        incoming.setEncoding('utf8')
        incoming.on('data', (chunk: string) => (text += chunk))
        incoming.on('end', () => {
          try {
            resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: JSON.parse(text) as Record<string, unknown> })
          } catch {
            reject(new Error(`${method} ${path} answered ${incoming.statusCode} with no JSON: ${text.slice(0, 200)}`))
          }
        })
      },
    )
    outgoing.on('error', reject)
    outgoing.end(payload)
  })
}

// verify-email (the mailed link): 30 per 15 minutes per client address. No other e2e test opens
// such a link, so using up this budget for 127.0.0.1 cannot starve them (the browser tests reset
// passwords and send codes from the same address).
const VERIFY = '/api/auth/verify-email'
const spellings = [
  VERIFY,
  `/x/..${VERIFY}`,
  `/%2e%2e${VERIFY}`,
  `/.%2E${VERIFY}`,
  '/api/./auth/verify-email',
  '//api//auth///verify-email',
  `${VERIFY}/`,
  `${VERIFY}/.`,
]
const bogusLink = (path: string) => `${path}?token=not-a-real-token`

test('every spelling of an /api path shares the canonical path’s per-address limit', async () => {
  const answers: RawAnswer[] = []
  // 31 attempts over 8 spellings, round robin: the limit counts them all as one client's.
  for (let attempt = 0; attempt < 31; attempt++) answers.push(await raw('GET', bogusLink(spellings[attempt % spellings.length]!)))
  const refusedByToken = answers.slice(0, 30)
  for (const answer of refusedByToken) {
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ status: 400, data: null })
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    expect(answer.headers['x-request-id']).toEqual(expect.any(String))
  }
  expect(new Set(refusedByToken.map((answer) => answer.body.message)).size).toBe(1)
  const last = answers[30]!
  expect(last.status).toBe(429)
  expect(last.body).toMatchObject({ status: 429, data: null })
  expect(Number(last.headers['retry-after'])).toBeGreaterThan(0)
})

test('a trailing slash answers as the path without it', async () => {
  for (const path of ['/api/health/', '/api/health/.', '/x/../api/health']) {
    const answer = await raw('GET', path)
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ status: 200, data: { database: 'up' } })
  }
})

test('Next’s copy of the API, with no server.ts or trusted proxy in front, limits every unknown client as one', async () => {
  const nextPort = port + 1
  const answers: RawAnswer[] = []
  for (let attempt = 0; attempt < 31; attempt++) answers.push(await raw('GET', bogusLink(VERIFY), undefined, nextPort))
  expect(answers.slice(0, 30).map((answer) => answer.status)).toEqual(Array(30).fill(400))
  expect(answers[30]).toMatchObject({ status: 429, body: { status: 429, data: null } })
})
