/**
 * Keyset pagination: `after` is an opaque cursor naming the last item a client has seen, by the
 * list's sort key and its id (the tie-breaker every list sorts by), so the next page is an index
 * range, not an offset that reads and throws away every row before it. Wire form: base64url of the
 * JSON `[sort, value, id]`; a cursor is valid only with the sort it was made for.
 */

/** How a sort column compares: an instant (ISO text on the wire), text, text that may be null (NULLS LAST ascending, FIRST descending, as PostgreSQL orders), or an enum in declaration order. */
export type SortKind = 'instant' | 'text' | 'nullable-text' | { enum: readonly string[] }

export interface SortColumn {
  /** The model field (Prisma name). */
  field: string
  kind: SortKind
}

export interface After {
  sort: string
  value: string | null
  id: string
}

/** The largest exact count a list makes for a filter its counters do not serve; past it `total_capped` is true. */
export const TOTAL_CAP = 10_000

const toBase64Url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
const fromBase64Url = (text: string) =>
  new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)))

export const encodeAfter = ({ sort, value, id }: After): string => toBase64Url(JSON.stringify([sort, value, id]))

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const valueFits = (kind: SortKind, value: unknown): boolean => {
  if (kind === 'nullable-text') return value === null || typeof value === 'string'
  if (typeof value !== 'string') return false
  if (kind === 'instant') return !Number.isNaN(Date.parse(value)) && /^\d{4}-\d\d-\d\dT/.test(value)
  if (kind === 'text') return true
  return kind.enum.includes(value)
}

/** The cursor, or why it cannot be used with `sort` (a message for `errors.after`). */
export function decodeAfter(text: string, sort: string, columns: Record<string, SortColumn>): After | string {
  let parsed: unknown
  try {
    parsed = JSON.parse(fromBase64Url(text))
  } catch {
    return 'after is not a cursor from this list'
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return 'after is not a cursor from this list'
  const [cursorSort, value, id] = parsed as unknown[]
  if (typeof cursorSort !== 'string' || typeof id !== 'string' || !UUID.test(id)) return 'after is not a cursor from this list'
  if (cursorSort !== sort) return `after was made for sort ${cursorSort}, not ${sort}: start again without after`
  const column = columns[sort.replace(/^-/, '')]
  if (!column || !valueFits(column.kind, value)) return 'after is not a cursor from this list'
  return { sort, value: value as string | null, id }
}

/** The position of `item` in `sort` order (a wire item: its sort field has the sort's own name). */
export function afterOf(sort: string, item: { id: string } & Record<string, unknown>): After {
  const value = item[sort.replace(/^-/, '')]
  return { sort, value: value === null || value === undefined ? null : String(value), id: item.id }
}

/** The cursor after `item` (afterOf, encoded for the wire). */
export const afterItem = (sort: string, item: { id: string } & Record<string, unknown>): string => encodeAfter(afterOf(sort, item))

type Where = Record<string, unknown>

/**
 * The Prisma filter for the rows after `after` in its sort order (ties broken by id in the same
 * direction, as lib/pagination's orderBy sorts). For a non-null key the bound `field <= value`
 * (or >=) is given on its own as well, so that PostgreSQL can use it as an index range.
 */
export function keysetWhere(after: After, columns: Record<string, SortColumn>): Where {
  const descending = after.sort.startsWith('-')
  const column = columns[after.sort.replace(/^-/, '')]
  if (!column) throw new Error(`No column for sort ${after.sort}`)
  const { field, kind } = column
  const beyond = descending ? 'lt' : 'gt'
  const idBeyond = { id: { [beyond]: after.id } }
  if (typeof kind === 'object') {
    const at = kind.enum.indexOf(after.value ?? '')
    const later = descending ? kind.enum.slice(0, at) : kind.enum.slice(at + 1)
    return { OR: [{ [field]: { in: later } }, { [field]: after.value, ...idBeyond }] }
  }
  if (after.value === null) {
    // Only a nullable column has null keys: they come last ascending, first descending.
    return descending ? { OR: [{ [field]: null, ...idBeyond }, { [field]: { not: null } }] } : { [field]: null, ...idBeyond }
  }
  const value = kind === 'instant' ? new Date(after.value) : after.value
  const range = { [field]: { [descending ? 'lte' : 'gte']: value } }
  const next = { OR: [{ [field]: { [beyond]: value } }, idBeyond] }
  if (kind === 'nullable-text' && !descending) return { OR: [{ AND: [range, next] }, { [field]: null }] }
  return { AND: [range, next] }
}
