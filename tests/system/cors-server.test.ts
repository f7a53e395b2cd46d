import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServerProcess, type ServerProcess } from '../helpers/server-process'

/*
 * CORS_ORIGINS through server.ts itself: every spelling of an /api path that server.ts answers as
 * its canonical path gets the same CORS answers, and a malformed origin stops the server in one line.
 */
const ALLOWED = 'https://app.example.com'
let server: ServerProcess
let dataDir: string

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'vicross-cors-'))
  server = await startServerProcess({
    env: { DATABASE_URL: '', PGLITE_DIR: join(dataDir, 'db'), SEED_DEMO: 'false', CORS_ORIGINS: `${ALLOWED},http://localhost:5173` },
    args: ['--api-only'],
  })
})

afterAll(async () => {
  await server?.stop()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

/** A request with the target exactly as written (fetch would normalise dot segments itself). */
function raw(
  method: string,
  target: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port: server.port, method, path: target, headers }, (response) => {
      response.resume()
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }))
    })
    outgoing.on('error', reject)
    outgoing.end()
  })
}

const SPELLINGS = ['/api/health', '/api//health', '/api/health/', '/api/x/../health', '/api/%2e%2e/api/health', '/api/./health/.']

describe('server.ts with CORS_ORIGINS', () => {
  it.each(SPELLINGS)('%s: an allowed origin’s preflight answers 204, its GET names it; a foreign origin gets nothing', async (target) => {
    const preflight = await raw('OPTIONS', target, {
      origin: ALLOWED,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization',
    })
    expect([target, preflight.status, preflight.headers['access-control-allow-origin']]).toEqual([target, 204, ALLOWED])
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined()

    const allowed = await raw('GET', target, { origin: ALLOWED })
    expect([target, allowed.status, allowed.headers['access-control-allow-origin']]).toEqual([target, 200, ALLOWED])
    expect(allowed.headers['access-control-expose-headers']).toContain('X-Request-Id')

    const foreign = await raw('GET', target, { origin: 'https://evil.example' })
    expect(foreign.status).toBe(200)
    expect(Object.keys(foreign.headers).filter((name) => name.startsWith('access-control-'))).toEqual([])
  })

  it('stops at start-up with one line naming a malformed origin', async () => {
    const refused = await startServerProcess({
      env: { DATABASE_URL: '', PGLITE_DIR: join(dataDir, 'unused'), CORS_ORIGINS: `${ALLOWED},https://app.example.com/` },
      args: ['--api-only'],
      readyPath: null,
    })
    const status = await Promise.race([refused.exited, new Promise<null>((wake) => setTimeout(() => wake(null), 30_000))])
    if (status === null) await refused.stop('SIGKILL')
    expect(status).toEqual({ code: 1, signal: null })
    expect(refused.output().trim().split('\n')).toEqual([
      'Invalid configuration: CORS_ORIGINS lists "https://app.example.com/", not an origin as browsers send it (scheme://host[:port], lower case, no path or trailing slash) (did you mean https://app.example.com?)',
    ])
  })
})
