import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { lockPgliteDir } from '@/lib/db/pglite-lock'

const run = promisify(execFile)

describe('the embedded database lock', () => {
  it('refuses a second process with a clear message while the first holds it', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'vicross-lock-')), 'db')
    const release = lockPgliteDir(dir)
    try {
      const attempt = run(process.execPath, ['--import', 'tsx', 'scripts/db-migrate.ts'], { env: { ...process.env, PGLITE_DIR: dir, DATABASE_URL: '' } })
      await expect(attempt).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(`is in use by process ${process.pid}`) })
    } finally {
      release()
    }
    expect(existsSync(`${dir}.lock`)).toBe(false)
  }, 30_000)

  it('takes over a lock left by a process that died', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'vicross-lock-')), 'db')
    writeFileSync(`${dir}.lock`, '999999999')
    const release = lockPgliteDir(dir)
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid))
    // The same process again: re-entrant, so this call must not throw at all.
    const again = lockPgliteDir(dir)
    expect(again).toBeTypeOf('function')
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid))
    again()
    release()
    expect(existsSync(`${dir}.lock`)).toBe(false)
  })
})
