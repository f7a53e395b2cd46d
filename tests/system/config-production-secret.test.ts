import { existsSync, readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startServerProcess } from '../helpers/server-process'

/*
 * A production server without AUTH_SECRET refuses to start, in one line, and writes nothing: a
 * secret invented at start would differ on the next machine and sign everyone out.
 */
const envLocal = resolve(import.meta.dirname, '../../.env.local')
const snapshot = () => (existsSync(envLocal) ? `${statSync(envLocal).mtimeMs}:${readFileSync(envLocal, 'utf8')}` : null)

describe('server.ts under NODE_ENV=production', () => {
  it('stops with one line naming AUTH_SECRET when it is missing, and generates none', async () => {
    const before = snapshot()
    // An empty value counts as unset, and .env files never override a variable that is present.
    const server = await startServerProcess({
      env: { NODE_ENV: 'production', AUTH_SECRET: '', DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/none' },
      args: ['--api-only'],
      readyPath: null,
    })
    const status = await Promise.race([server.exited, new Promise<null>((wake) => setTimeout(() => wake(null), 30_000))])
    if (status === null) await server.stop('SIGKILL')
    expect(status).toEqual({ code: 1, signal: null })
    const lines = server.output().trim().split('\n')
    expect(lines).toEqual([expect.stringMatching(/^Invalid configuration: AUTH_SECRET is required when NODE_ENV=production/)])
    expect(snapshot()).toBe(before)
  })
})
