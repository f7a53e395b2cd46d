import { describe, expect, it } from 'vitest'
import { orderBy, pageOf, pageWindow } from '@/lib/pagination'
import { listQuery } from '@/lib/schemas/list-query'

const query = listQuery(['created_at', 'name'], '-created_at')

describe('list queries', () => {
  it('defaults to the first page of 20, newest first', () => {
    expect(query.parse({})).toEqual({ page: 1, page_size: 20, sort: '-created_at' })
  })

  it('coerces query-string numbers and trims the search', () => {
    expect(query.parse({ page: '3', page_size: '50', q: '  acme ', sort: 'name' })).toEqual({ page: 3, page_size: 50, q: 'acme', sort: 'name' })
  })

  it.each([
    [{ page: '0' }, 'page'],
    [{ page: 'two' }, 'page'],
    [{ page_size: '101' }, 'page_size'],
    [{ page_size: '0' }, 'page_size'],
    [{ sort: 'password_hash' }, 'sort'],
    [{ q: 'x'.repeat(201) }, 'q'],
  ])('refuses %o', (input, field) => {
    const result = query.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual([field])
  })

  it('maps a page to skip/take and a sort to a stable order', () => {
    expect(pageWindow({ page: 3, page_size: 20 })).toEqual({ skip: 40, take: 20 })
    expect(orderBy('-created_at', { created_at: 'createdAt' })).toEqual([{ createdAt: 'desc' }, { id: 'desc' }])
    expect(orderBy('name', { name: 'name' })).toEqual([{ name: 'asc' }, { id: 'asc' }])
    expect(pageOf(['a'], 41, { page: 3, page_size: 20 })).toEqual({ items: ['a'], page: 3, page_size: 20, total: 41 })
  })
})
