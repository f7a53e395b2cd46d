// npm run a11y:lighthouse: Lighthouse's accessibility category (12.2.3, its mobile defaults) on
// sign-in, the overview, the booths table and a live room, in English and in Arabic, against the production build (`npm run
// build` first) started here as `npm start` on a fresh embedded database with the demo data. Prints
// each page's score and every audit that did not pass; exits 1 unless all eight score 100.
// Not part of `npm test`: it takes a minute and wants Debian's Chromium (CHROMIUM_PATH to change it).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Result } from 'lighthouse'
import { runLighthouse } from './lighthouse-run'
import { LOCALE_COOKIE } from '../lib/i18n/locales'
import { signInDashboard } from './dashboard'
import { freePort, startServer, stopAll } from './servers'

const ADMIN = { email: 'a11y-admin@vicross.local', password: 'a11y-admin-password-1234' }

/** The audits that count towards the score and did not pass, with the elements they name. */
function failures(lhr: Result): string[] {
  return Object.values(lhr.audits)
    .filter((entry) => entry.score !== null && entry.score < 1 && entry.scoreDisplayMode === 'binary')
    .map((entry) => {
      const items = (entry.details as { items?: { node?: { snippet?: string; explanation?: string } }[] } | undefined)?.items ?? []
      const nodes = items.map((item) => `      ${item.node?.snippet ?? ''}\n        ${item.node?.explanation?.replaceAll('\n', ' ') ?? ''}`)
      return `    ${entry.id}: ${entry.title}\n${nodes.join('\n')}`
    })
}

const port = await freePort()
const base = `http://127.0.0.1:${port}`
const dataDir = mkdtempSync(join(tmpdir(), 'vicross-a11y-'))
let ok = true
try {
  const env = {
    NODE_ENV: 'production',
    AUTH_SECRET: 'a11y-secret-that-is-at-least-32-characters',
    DATABASE_URL: '',
    PGLITE_DIR: join(dataDir, 'db'),
    APP_URL: base,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  }
  await startServer(['npm', 'start', '--silent'], env, `${base}/api/health`, 120_000)
  const cookie = await signInDashboard(base, ADMIN.email, ADMIN.password, '127.0.0.1')
  const rooms = (await (await fetch(`${base}/api/rooms`, { headers: { cookie } })).json()) as { data: { items: { id: string }[] } }
  const room = rooms.data.items[0]
  if (!room) throw new Error('no room in the demo data')
  const pages = [
    { path: '/sign-in', cookie: undefined },
    { path: '/', cookie },
    { path: '/booths', cookie },
    { path: `/rooms/${room.id}`, cookie },
  ]
  // Each page in English and in Arabic (right to left), as the locale cookie of the language switch picks it.
  for (const locale of ['en', 'ar'] as const) {
    for (const page of pages) {
      const cookies = [page.cookie, `${LOCALE_COOKIE}=${locale}`].filter(Boolean).join('; ')
      const lhr = await runLighthouse(`${base}${page.path}`, 'accessibility', cookies)
      const score = lhr && !lhr.runtimeError ? lhr.categories.accessibility?.score : null
      const shown = score == null ? `failed to run (${lhr?.runtimeError?.code ?? 'no result'})` : String(Math.round(score * 100))
      console.log(`${locale} ${page.path.replace(room.id, '<room>')}: accessibility ${shown}`)
      if (lhr && score !== 1) for (const line of failures(lhr)) console.log(line)
      if (score !== 1) ok = false
    }
  }
} finally {
  await stopAll()
  rmSync(dataDir, { recursive: true, force: true })
}
process.exit(ok ? 0 : 1)
