// The results: one table on stdout, bench/results/latest.json (a list of rows) and latest.md.
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'

export interface ResultRow {
  name: string
  unit: string
  value: number | null
  baseline: number | null
  /** value / baseline. */
  ratio: number | null
  /** A ratio such as ">= 0.75", a limit such as "<= 25 ms", or "info". */
  goal: string
  /** null when the row has no goal or could not be measured. */
  holds: boolean | null
}

const round = (n: number | null, digits = n !== null && Math.abs(n) < 10 ? 2 : n !== null && Math.abs(n) < 100 ? 1 : 0) =>
  n === null || !Number.isFinite(n) ? null : Number(n.toFixed(digits))

/** Checks a value against its goal: "<= 25 ms", "<= 200 kB", ">= 90 score" compare the value, ">= 0.75" / "<= 2x" the ratio. */
export function row(name: string, unit: string, value: number | null, baseline: number | null, goal = 'info'): ResultRow {
  const ratio = value !== null && baseline ? value / baseline : null
  const match = goal.match(/^(<=|>=)\s*([\d.]+)\s*(x|ms|kB|%|score)?$/)
  let holds: boolean | null = null
  if (match && value !== null) {
    const limit = Number(match[2])
    const subject = match[3] === 'ms' || match[3] === 'kB' || match[3] === 'score' ? value : ratio
    if (subject !== null) holds = match[1] === '<=' ? subject <= limit : subject >= limit
  }
  return { name, unit, value: round(value), baseline: round(baseline), ratio: round(ratio, 2), goal, holds }
}

export interface Machine {
  cpu: string
  cores: number
  node: string
  postgres: string
  date: string
  mode: string
}

export const machine = (postgres: string, mode: string): Machine => ({
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cores: cpus().length,
  node: process.version,
  postgres,
  date: new Date().toISOString(),
  mode,
})

const cell = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'boolean' ? (v ? 'yes' : 'NO') : String(v))

export function markdown(rows: ResultRow[], m: Machine): string {
  const head = '| name | unit | value | baseline | ratio | goal | holds |\n| --- | --- | --- | --- | --- | --- | --- |'
  const body = rows.map((r) => `| ${r.name} | ${r.unit} | ${cell(r.value)} | ${cell(r.baseline)} | ${cell(r.ratio)} | ${r.goal} | ${cell(r.holds)} |`)
  return `${head}\n${body.join('\n')}\n\nMachine: ${m.cpu}, ${m.cores} cores, Node ${m.node}, ${m.postgres}, ${m.date} (${m.mode})\n`
}

export function printTable(rows: ResultRow[], m: Machine): void {
  const cols = ['name', 'unit', 'value', 'baseline', 'ratio', 'goal', 'holds'] as const
  const cells = rows.map((r) => cols.map((c) => cell(r[c])))
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((line) => line[i]!.length)))
  const line = (values: readonly string[]) => values.map((v, i) => (i >= 2 && i <= 4 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ')
  console.log(`\n${line(cols)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`)
  for (const values of cells) console.log(line(values))
  console.log(`\nmachine: ${m.cpu}, ${m.cores} cores, node ${m.node}, ${m.postgres}, ${m.date} (${m.mode})`)
}

export function writeResults(dir: string, rows: ResultRow[], m: Machine): void {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(rows, null, 2)}\n`)
  writeFileSync(join(dir, 'latest.md'), markdown(rows, m))
}
