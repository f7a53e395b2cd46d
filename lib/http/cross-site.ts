/*
 * Which browser requests come from another site. A cookie rides along on cross-site requests (a
 * bearer token does not), so a request authenticated by the cookie that changes state must come
 * from APP_URL's own origin. The browser tells us in two headers: `Sec-Fetch-Site` (every current
 * browser) and `Origin` (sent on every non-GET/HEAD request; `null` from sandboxed frames,
 * `data:` pages and some redirects). Pure: callers pass APP_URL's origin.
 */

/** A state-changing request (POST, PUT, PATCH, DELETE, a server action) from anywhere but our origin. */
export function isCrossSiteWrite(headers: { origin?: string | null; fetchSite?: string | null }, appOrigin: string): boolean {
  const { origin, fetchSite } = headers
  // `same-site` is a sibling host (another subdomain): another origin all the same.
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true
  return isOtherOrigin(origin, appOrigin)
}

/**
 * For a state change kept on GET (where browsers send no `Origin`): only a request the browser
 * marks as made by our own pages (`same-origin`) or by the user themself (`none`: typed, bookmarked)
 * passes. A missing header fails closed: a cookie-carrying browser that does not say is refused.
 */
export function isSameOriginRead(fetchSite: string | null | undefined): boolean {
  return fetchSite === 'same-origin' || fetchSite === 'none'
}

/**
 * A request that names another origin than ours — a page on another site, a sibling host, an
 * origin allowed by CORS_ORIGINS, or `null` — whatever its method. Such a request never
 * authenticates with the dashboard cookie (API and sockets): cross-origin callers use bearer
 * tokens. Browsers send `Origin` on every cross-origin fetch and WebSocket handshake; our own
 * pages send ours or none.
 */
export function isOtherOrigin(origin: string | null | undefined, appOrigin: string): boolean {
  return origin !== undefined && origin !== null && origin !== appOrigin
}
