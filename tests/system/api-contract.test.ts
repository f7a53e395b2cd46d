import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateApiTypes } from '../../scripts/generate-api-types'
import { startServerProcess, type ServerProcess } from '../helpers/server-process'

/*
 * What a client team does with the API: lint the served OpenAPI document with a maintained linter
 * (Redocly's recommended rules; redocly.yaml says why its one exception stands), generate types from it (openapi-typescript), compile the example client in
 * examples/api-client with `tsc --strict`, and run it against a started server.
 */
const ROOT = resolve(import.meta.dirname, '../..')
const ARTIFACTS = join(ROOT, 'tests/.artifacts/contract')
const DOCUMENT = join(ARTIFACTS, 'openapi.json')
const ADMIN = { email: 'contract-admin@vicross.local', password: 'contract-admin-password-1234' }

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => done({ code, output }))
  })
}

const bin = (name: string) => join(ROOT, 'node_modules/.bin', name)

let server: ServerProcess
let dataDir: string

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'vicross-contract-'))
  server = await startServerProcess({
    env: {
      DATABASE_URL: '',
      PGLITE_DIR: join(dataDir, 'db'),
      UPLOAD_DIR: join(dataDir, 'uploads'),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
    },
    args: ['--api-only'],
  })
  mkdirSync(ARTIFACTS, { recursive: true })
  writeFileSync(DOCUMENT, await (await fetch(`${server.url}/api/openapi.json`)).text())
})

afterAll(async () => {
  await server?.stop()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

describe('the API contract, as a client team uses it', () => {
  it('passes Redocly’s recommended lint with no errors and no warnings', async () => {
    const lint = await run(bin('redocly'), ['lint', 'tests/.artifacts/contract/openapi.json', '--format=json'], {
      REDOCLY_TELEMETRY: 'off',
      REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    })
    const report = JSON.parse(lint.output.slice(lint.output.indexOf('{'), lint.output.lastIndexOf('}') + 1)) as {
      totals: { errors: number; warnings: number; ignored: number }
      problems: unknown[]
    }
    expect(report.problems).toEqual([])
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 })
  })

  it('generates types and compiles the example client under tsc --strict, which then runs against the server', async () => {
    await generateApiTypes(`${server.url}/api/openapi.json`, join(ROOT, 'examples/api-client/generated/api.d.ts'))
    const compiled = await run(bin('tsc'), ['-p', 'examples/api-client/tsconfig.json'])
    expect(compiled.output).toBe('')
    expect(compiled.code).toBe(0)

    const client = await run(process.execPath, ['--import', 'tsx', 'examples/api-client/client.ts'], {
      VICROSS_URL: server.url,
      VICROSS_EMAIL: ADMIN.email,
      VICROSS_PASSWORD: ADMIN.password,
    })
    expect(client.output).toMatch(/^signed in as contract-admin@vicross\.local \(admin\)$/m)
    expect(client.output).toMatch(/^created company Example Co \d+ with logo \/api\/media\//m)
    expect(client.output).toMatch(/^accepted booths: \d+ in all/m)
    expect(client.output).toMatch(/^joined .+: \d+ recent messages$/m)
    expect(client.code).toBe(0)
  })
})
