// The dashboard's side: first-load JS per page from the build's manifests (Next 16 no longer prints
// sizes), and the time to first byte of a server-rendered page for a signed-in admin.
import { existsSync, readFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0]!)

/** Signs in through NextAuth's credentials flow at /api/session, as the sign-in form does; returns the Cookie header. */
export async function signInDashboard(base: string, email: string, password: string, forwardedFor: string): Promise<string> {
  const csrf = await fetch(`${base}/api/session/csrf`, { headers: { 'x-forwarded-for': forwardedFor } })
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const jar = cookiesOf(csrf)
  const response = await fetch(`${base}/api/session/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; '), 'x-forwarded-for': forwardedFor },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  })
  const session = cookiesOf(response).find((c) => c.split('=')[0]!.endsWith('next-auth.session-token'))
  if (!session) throw new Error(`dashboard sign-in failed: ${response.status}`)
  return [...jar, session].join('; ')
}

/** Milliseconds from sending a GET to its first response byte (the status line), body drained. */
export function ttfb(url: string, cookie: string): Promise<{ ms: number; status: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const req = request(url, { headers: { cookie } }, (res) => {
      const ms = performance.now() - started
      res.resume()
      res.on('end', () => resolve({ ms, status: res.statusCode ?? 0 }))
    })
    req.on('error', reject)
    req.end()
  })
}

export async function medianTtfb(url: string, cookie: string, runs: number): Promise<number> {
  for (let i = 0; i < 3; i++) await ttfb(url, cookie) // warm-up: compile caches, pool
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const { ms, status } = await ttfb(url, cookie)
    if (status !== 200) throw new Error(`${url} answered ${status}`)
    times.push(ms)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

interface ClientManifest {
  entryJSFiles?: Record<string, string[]>
}

/**
 * First-load JS of every app page, gzipped, in kB (1,000 bytes, as Next used to print them): the root main files plus the client chunks of
 * the page's layouts and the page itself, from each page's client reference manifest — what the
 * browser must fetch before the page is interactive (polyfills are skipped: only old browsers load them).
 */
export function firstLoadJs(root = '.next'): Array<{ page: string; kb: number }> {
  const build = JSON.parse(readFileSync(join(root, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] }
  const paths = JSON.parse(readFileSync(join(root, 'server', 'app-paths-manifest.json'), 'utf8')) as Record<string, string>
  const gzipped = new Map<string, number>()
  const sizeOf = (file: string) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(root, file))).length)
    return gzipped.get(file)!
  }
  const pages: Array<{ page: string; kb: number }> = []
  for (const [key, file] of Object.entries(paths)) {
    if (!key.endsWith('/page') || key.startsWith('/_')) continue
    const manifestFile = join(root, 'server', file.replace(/\.js$/, '_client-reference-manifest.js'))
    if (!existsSync(manifestFile)) continue
    const sandbox: { __RSC_MANIFEST?: Record<string, ClientManifest> } = {}
    new Function('self', 'globalThis', readFileSync(manifestFile, 'utf8'))(sandbox, sandbox)
    const entries = sandbox.__RSC_MANIFEST?.[key]?.entryJSFiles ?? {}
    const files = new Set(build.rootMainFiles)
    for (const [segment, chunks] of Object.entries(entries)) {
      if (segment.endsWith('/layout') || segment.endsWith('/page')) chunks.forEach((c) => files.add(c))
    }
    const bytes = [...files].reduce((sum, f) => sum + sizeOf(f), 0)
    const route = key.replace(/\/page$/, '').replace(/\/\([^)]+\)/g, '') || '/'
    pages.push({ page: route, kb: bytes / 1000 })
  }
  return pages.sort((a, b) => a.page.localeCompare(b.page))
}

/** Pages a visitor meets before signing in, held to a tighter first-load budget (issue 14 §4). */
const SIGNED_OUT_PAGES = new Set(['/sign-in', '/forgot-password'])

/** The first-load JS goal of a page: ≤ 150 kB gzip before sign-in, ≤ 200 kB on every other page. */
export const firstLoadGoal = (page: string) => (SIGNED_OUT_PAGES.has(page) ? '<= 150 kB' : '<= 200 kB')
