export const HOUR_MS = 3_600_000
export const DAY_MS = 24 * HOUR_MS

/** One bucket of a time series: its start (ISO 8601, UTC) and how many rows fell in it. */
export interface TimeBucket {
  start: string
  count: number
}

/** The start of the UTC hour or day that holds `at`. */
export function floorTo(at: Date, stepMs: number): Date {
  return new Date(Math.floor(at.getTime() / stepMs) * stepMs)
}

/**
 * `size` consecutive buckets from `first`, each `stepMs` long, zero-filled: the database returns
 * only the buckets that have rows, keyed by their start in epoch seconds.
 */
export function fillBuckets(rows: { bucket: number; count: number }[], first: Date, size: number, stepMs: number): TimeBucket[] {
  const counts = new Map(rows.map((row) => [Math.round(row.bucket * 1000), Number(row.count)]))
  return Array.from({ length: size }, (_, index) => {
    const start = first.getTime() + index * stepMs
    return { start: new Date(start).toISOString(), count: counts.get(start) ?? 0 }
  })
}
