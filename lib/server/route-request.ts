/** The API's own paths: `/api` and below, except NextAuth's `/api/session/*`, which Next serves. */
export function isApiPath(path: string): boolean {
  if (path !== '/api' && !path.startsWith('/api/')) return false
  return !(path === '/api/session' || path.startsWith('/api/session/'))
}

export interface RoutedRequest {
  /** True when the Hono API answers it. */
  api: boolean
  /** The request target to hand on: for the API, the canonical path and the query. */
  url: string
}

const BASE = 'http://localhost'

/**
 * Decides where server.ts sends a request, on the path as a router resolves it — dot segments in
 * any spelling (`..`, `%2e%2e`, `.%2E`), repeated slashes, a trailing slash or `/.`, an absolute
 * request target — so that no spelling of an /api path reaches Next's copy of the API instead,
 * where the gate's limits and headers would not apply. API requests go on with the canonical path.
 */
export function routeRequest(target: string | undefined): RoutedRequest {
  const raw = target ?? ''
  let parsed: URL
  try {
    if (raw.startsWith('/')) {
      const query = raw.indexOf('?')
      const path = query === -1 ? raw : raw.slice(0, query)
      parsed = new URL(`${BASE}${path.replace(/\/{2,}/g, '/')}${query === -1 ? '' : raw.slice(query)}`)
    } else if (/^https?:\/\//i.test(raw)) parsed = new URL(raw)
    else return { api: false, url: raw }
  } catch {
    return { api: false, url: raw }
  }
  const path = parsed.pathname.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1')
  if (!isApiPath(path)) return { api: false, url: raw }
  return { api: true, url: `${path}${parsed.search}` }
}
