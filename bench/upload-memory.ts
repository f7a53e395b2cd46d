// Memory held by one upload, the app in-process on an in-memory PGlite: PATCH /api/user/edit-user with a
// 10 MB image (streamed by lib/api/multipart.ts, checked, written to local disk), Hono's buffering
// parseBody on the same body (what the route did before), and a 100 MB image the reader refuses at
// MAX_UPLOAD_MB. Each case runs in a fresh process (warmed up with small uploads), three times; the
// figure is peak RSS (VmHWM) over idle. Run: npx tsx bench/upload-memory.ts   (Linux: reads /proc)
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const MB = 1024 * 1024
const CASES = {
  streamed: 'edit-user, 10 MB image: streamed, checked, stored',
  buffered: 'Hono parseBody, the same 10 MB body (before)',
  refused: 'edit-user, 100 MB image: refused at 10 MB (413)',
} as const
type Case = keyof typeof CASES
interface Result {
  status: number
  rssMb: number
  jsMb: number
}

/** A multipart body with one PNG-headed file, generated 64 KB at a time as a client sends it. */
function body(fileBytes: number): ReadableStream<Uint8Array> {
  const head = Buffer.from('--b\r\nContent-Disposition: form-data; name="image"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n')
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000020000000208020000000000000000', 'hex')
  const chunk = Buffer.alloc(64 * 1024, 0x41)
  let sent = png.length
  return new ReadableStream({
    pull(controller) {
      if (sent === png.length) controller.enqueue(new Uint8Array(Buffer.concat([head, png])))
      if (sent >= fileBytes) {
        controller.enqueue(new Uint8Array(Buffer.from('\r\n--b--\r\n')))
        return controller.close()
      }
      // A fresh buffer per chunk, as a socket delivers them (views of one buffer would hide every copy).
      controller.enqueue(new Uint8Array(chunk.subarray(0, Math.min(chunk.length, fileBytes - sent))))
      sent += chunk.length
    },
  })
}

async function child(which: Case): Promise<Result> {
  const uploadDir = mkdtempSync(join(tmpdir(), 'vicross-bench-uploads-'))
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    AUTH_SECRET: 'bench-secret-that-is-at-least-32-characters',
    DATABASE_URL: '',
    UPLOAD_DIR: uploadDir,
    MAX_UPLOAD_MB: '10',
  })
  const { Hono } = await import('hono')
  const { createPglite, pgliteMigrationAdapter } = await import('@/lib/db/pglite')
  const { api } = await import('@/lib/api/app')
  const { signAccessToken } = await import('@/lib/auth/access-token')
  const { openDatabase } = await import('@/lib/db/client')
  const { db, useDatabase: makeCurrentDatabase } = await import('@/lib/db')
  const { applyMigrations } = await import('@/lib/db/schema-engine')

  const pglite = createPglite()
  await applyMigrations(pgliteMigrationAdapter(pglite))
  makeCurrentDatabase(openDatabase({ kind: 'pglite', instance: pglite }))
  const user = await db().user.create({ data: { email: 'bench@example.com', name: 'Bench', emailVerified: new Date() } })
  const bearer = `Bearer ${await signAccessToken({ userId: user.id, role: user.role, sessionVersion: user.sessionVersion })}`
  const buffered = new Hono().patch('/api/user/edit-user', async (c) => {
    const file = (await c.req.parseBody()).image as File
    return c.json({ size: new Uint8Array(await file.arrayBuffer()).byteLength })
  })
  const send = (fileBytes: number) => {
    const request = new Request('http://localhost/api/user/edit-user', {
      method: 'PATCH',
      headers: { authorization: bearer, 'content-type': 'multipart/form-data; boundary=b' },
      body: body(fileBytes),
      duplex: 'half',
    } as RequestInit)
    return which === 'buffered' ? buffered.request(request) : api().request(request)
  }
  // Warm-up with small files: modules, JIT and database pages, without pre-growing the heap by 10 MB.
  for (let i = 0; i < 5; i++) await (await send(100 * 1024)).arrayBuffer()

  const gc = (globalThis as { gc?: () => void }).gc!
  gc()
  await new Promise((resolve) => setTimeout(resolve, 100))
  gc()
  writeFileSync('/proc/self/clear_refs', '5') // resets VmHWM to the current RSS
  const idle = process.memoryUsage()
  // `external` already includes `arrayBuffers` (every Buffer); garbage not yet collected counts too.
  const js = (m: NodeJS.MemoryUsage) => m.heapUsed + m.external
  let peakJs = js(idle)
  const sampler = setInterval(() => (peakJs = Math.max(peakJs, js(process.memoryUsage()))), 1)
  const response = await send(which === 'refused' ? 100 * MB : 10 * MB - 64 * 1024)
  await response.arrayBuffer()
  clearInterval(sampler)
  peakJs = Math.max(peakJs, js(process.memoryUsage()))
  const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) * 1024
  await pglite.close()
  rmSync(uploadDir, { recursive: true, force: true })
  return { status: response.status, rssMb: (hwm - idle.rss) / MB, jsMb: (peakJs - js(idle)) / MB }
}

const which = process.argv[2] as Case | undefined
if (which) {
  console.log(JSON.stringify(await child(which)))
  process.exit(0)
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const rows = []
for (const name of Object.keys(CASES) as Case[]) {
  const runs: Result[] = []
  for (let i = 0; i < 3; i++) {
    const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', import.meta.filename, name], { encoding: 'utf8' })
    if (run.status !== 0) throw new Error(run.stderr)
    runs.push(JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Result)
  }
  rows.push({
    case: CASES[name],
    status: runs[0]!.status,
    'peak RSS over idle, MB (median of 3)': +median(runs.map((r) => r.rssMb)).toFixed(1),
    'peak heap+external over idle, MB': +median(runs.map((r) => r.jsMb)).toFixed(1),
  })
}
console.table(rows)
