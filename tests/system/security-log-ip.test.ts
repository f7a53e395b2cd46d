import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServerProcess, type ServerProcess } from '../helpers/server-process'

/*
 * The security log names the client's address on every auth event, as server.ts sees it (here the
 * loopback socket): registration, sign-in failures, codes sent and refused.
 */
let server: ServerProcess
let dataDir: string

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'vicross-seclog-'))
  server = await startServerProcess({ env: { DATABASE_URL: '', PGLITE_DIR: join(dataDir, 'db'), SEED_DEMO: 'false', LOG_LEVEL: 'info' }, args: ['--api-only'] })
})

afterAll(async () => {
  await server?.stop()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

function securityLines(): Array<{ event: string; ip: unknown }> {
  return server
    .output()
    .split('\n')
    .filter((line) => line.includes('"msg":"security: '))
    .map((line) => JSON.parse(line) as { event: string; ip: unknown })
}

describe('the security log', () => {
  it('records the client address on every auth event', async () => {
    const email = `seclog-${Date.now()}@example.com`
    expect(
      (await post('/api/auth/register', { name: 'Sec Log', email, password: 'a-long-password-1234', password_confirmation: 'a-long-password-1234' })).status,
    ).toBe(201)
    expect((await post('/api/auth/login', { email, password: 'not-the-password-1234' })).status).toBe(401)
    expect((await post('/api/auth/login', { email: `nobody-${email}`, password: 'not-the-password-1234' })).status).toBe(401)
    expect((await post('/api/auth/verify-otp', { email, otp: '000000', purpose: 'verify_email' })).status).toBe(400)
    expect((await post('/api/auth/send-otp', { email: `nobody-${email}`, purpose: 'login' })).status).toBe(200)
    // Some events are logged after the answer (codes, mail): wait for them.
    const deadline = Date.now() + 5_000
    while (Date.now() < deadline && !securityLines().some((line) => line.event.startsWith('otp.not_sent'))) await new Promise((wake) => setTimeout(wake, 50))

    const lines = securityLines()
    expect(lines.map((line) => line.event)).toEqual(expect.arrayContaining(['login.failed', 'otp.failed', 'otp.not_sent']))
    expect(lines.length).toBeGreaterThanOrEqual(4)
    for (const line of lines) expect(line, line.event).toMatchObject({ ip: '127.0.0.1' })
  })
})
