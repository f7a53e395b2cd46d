import { Readable } from 'node:stream'
import { stringify } from 'csv-stringify'

/** Picks `columns` from each record, in order, as a CSV row. */
export async function* csvRows<C extends string>(records: AsyncIterable<Record<C, unknown>>, columns: readonly C[]): AsyncGenerator<unknown[]> {
  for await (const record of records) yield columns.map((column) => record[column])
}

/** A streamed CSV download named `vicross-<name>-<date>.csv`. */
export function csvDownload(rows: AsyncIterable<unknown[]>, columns: readonly string[], name: string): Response {
  const csv = Readable.from(rows).pipe(
    // escape_formulas: a value such as `=HYPERLINK(…)` must not run when the file is opened in a spreadsheet.
    stringify({ header: true, columns: [...columns], escape_formulas: true, cast: { boolean: (value) => (value ? 'true' : 'false') } }),
  )
  const stamp = new Date().toISOString().slice(0, 10)
  return new Response(Readable.toWeb(csv) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="vicross-${name}-${stamp}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
