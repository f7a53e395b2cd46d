// Issue 14 §4: Lighthouse's performance score with its mobile defaults (a mid-range phone: simulated
// slow 4G and a 4× slower CPU) on sign-in, the overview and the booths table, each page loaded by
// its own Chromium (bench/lighthouse-run.ts). Lighthouse 12.2.3: the last line that runs on Node 20.
import type { Result } from 'lighthouse'
import { runLighthouse } from './lighthouse-run'
import { row, type ResultRow } from './report'

const PAGES = [
  { path: '/sign-in', signedIn: false },
  { path: '/', signedIn: true },
  { path: '/booths', signedIn: true },
] as const

interface Audit {
  numericValue?: number
}

export async function lighthouseRows(base: string, cookie: string, log: (line: string) => void): Promise<ResultRow[]> {
  const rows: ResultRow[] = []
  for (const page of PAGES) {
    // Chromium sometimes loses the trace of a load (NO_NAVSTART): such a run is retried, twice at most.
    let lhr: Result | undefined
    for (let attempt = 0; attempt < 3 && (!lhr || lhr.runtimeError); attempt++) {
      if (lhr?.runtimeError) log(`lighthouse ${page.path}: ${lhr.runtimeError.code}, retrying`)
      lhr = await runLighthouse(`${base}${page.path}`, 'performance', page.signedIn ? cookie : undefined)
    }
    const score = lhr?.runtimeError ? null : lhr?.categories.performance?.score
    const audit = (id: string) => (lhr?.audits[id] as Audit | undefined)?.numericValue ?? Number.NaN
    log(
      `lighthouse ${page.path} (mobile): performance ${score == null ? '—' : Math.round(score * 100)}, FCP ${audit('first-contentful-paint').toFixed(0)} ms, ` +
        `LCP ${audit('largest-contentful-paint').toFixed(0)} ms, TBT ${audit('total-blocking-time').toFixed(0)} ms, CLS ${audit('cumulative-layout-shift').toFixed(3)}`,
    )
    rows.push(row(`Lighthouse mobile performance ${page.path}`, 'score', score == null ? null : Math.round(score * 100), null, '>= 90 score'))
    rows.push(row(`Lighthouse mobile ${page.path}: total blocking time`, 'ms', score == null ? null : audit('total-blocking-time'), null, 'info'))
  }
  return rows
}
