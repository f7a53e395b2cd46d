import type { z } from 'zod'

type SearchParams = Record<string, string | string[] | undefined>

/**
 * A table page's query from its URL, through the API's own list schema. A hand-edited or stale value
 * is dropped (its default applies) rather than failing the page. Only `keys` are read.
 */
export function parseTableQuery<S extends z.ZodType>(schema: S, keys: readonly string[], searchParams: SearchParams): z.output<S> {
  const raw: Record<string, string> = {}
  for (const key of keys) {
    const value = searchParams[key]
    const single = Array.isArray(value) ? value[0] : value
    if (single) raw[key] = single
  }
  const first = schema.safeParse(raw)
  if (first.success) return first.data
  for (const issue of first.error.issues) delete raw[String(issue.path[0])]
  return schema.parse(raw)
}
