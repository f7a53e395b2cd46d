import { parseAsInteger, parseAsString } from 'nuqs/server'

/*
 * The URL keys every server-paginated table shares (the API's own names: page, page_size, q, sort),
 * from `nuqs/server` so that pages (server) and tables (client) parse them alike. A filter is one
 * more string key named after its API query parameter.
 */
export const tableParsers = {
  page: parseAsInteger.withDefault(1),
  page_size: parseAsInteger.withDefault(20),
  q: parseAsString.withDefault(''),
  sort: parseAsString.withDefault(''),
}

export const filterParser = parseAsString.withDefault('')

export const PAGE_SIZES = [10, 20, 50, 100] as const

/** `-created_at` ⇄ TanStack's `[{ id: 'created_at', desc: true }]`. */
export const sortToState = (sort: string) => (sort ? [{ id: sort.replace(/^-/, ''), desc: sort.startsWith('-') }] : [])
export const stateToSort = (state: { id: string; desc: boolean }[]) => (state[0] ? `${state[0].desc ? '-' : ''}${state[0].id}` : '')
