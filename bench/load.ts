// autocannon with the harness's defaults: 32 connections, a warm-up, then a fixed duration.
import autocannon, { type Options, type Result } from 'autocannon'

export interface Load {
  rps: number
  p50: number
  p99: number
  /** Socket errors, timeouts and non-2xx answers: any of them makes a figure suspect. */
  failures: number
  requests: number
}

export interface LoadOptions extends Omit<Options, 'url' | 'duration'> {
  url: string
  duration: number
  warmup?: number
}

const summary = (result: Result): Load => ({
  rps: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  failures: result.errors + result.timeouts + result.non2xx,
  requests: result.requests.total,
})

export async function load({ warmup = 0, ...options }: LoadOptions): Promise<Load> {
  const base = { connections: 32, ...options }
  if (warmup > 0) await autocannon({ ...base, duration: warmup })
  return summary(await autocannon(base))
}

/** Headers for a bearer-authenticated GET. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
