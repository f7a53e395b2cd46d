import { describe, expect, it } from 'vitest'
import { batchedById, csvDownload, csvRows } from '@/lib/csv/csv-export'

const ids = (count: number) => Array.from({ length: count }, (_, i) => ({ id: String(i).padStart(6, '0'), n: i }))

describe('CSV exports', () => {
  it('walks every row once across batch boundaries, following the id cursor', async () => {
    const table = ids(1_201)
    const pages: Array<{ take: number; skip?: number; cursor?: { id: string } }> = []
    const fetch = async (page: (typeof pages)[number]) => {
      pages.push(page)
      const start = page.cursor ? table.findIndex((row) => row.id === page.cursor!.id) + (page.skip ?? 0) : 0
      return table.slice(start, start + page.take)
    }
    const seen: number[] = []
    for await (const row of batchedById(fetch)) seen.push(row.n)
    expect(seen).toEqual(table.map((row) => row.n))
    expect(pages).toHaveLength(3)
    expect(pages[1]).toEqual({ take: 500, skip: 1, cursor: { id: '000499' } })
  })

  it('streams a download with a header row, escaped formulas and readable booleans', async () => {
    async function* records() {
      yield { name: '=HYPERLINK("http://evil")', active: true }
      yield { name: 'Ada, "the" first', active: false }
    }
    const response = csvDownload(csvRows(records(), ['name', 'active'] as const), ['name', 'active'], 'people')
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="vicross-people-\d{4}-\d{2}-\d{2}\.csv"$/)
    const lines = (await response.text()).trim().split('\n')
    expect(lines[0]).toBe('name,active')
    expect(lines[1]).toMatch(/^"?'=HYPERLINK/)
    expect(lines[1]).toMatch(/,true$/)
    expect(lines[2]).toBe('"Ada, ""the"" first",false')
  })
})
