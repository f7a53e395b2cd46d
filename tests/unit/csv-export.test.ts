import { describe, expect, it } from 'vitest'
import { csvDownload, csvRows } from '@/lib/csv/csv-export'

describe('CSV exports', () => {
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
