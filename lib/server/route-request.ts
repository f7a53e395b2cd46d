/** The API's own requests: `/api` and below, except NextAuth's `/api/session/*`, which Next serves. */
export function isApiRequest(url: string | undefined): boolean {
  if (!url) return false
  const path = url.split('?', 1)[0]!
  if (path !== '/api' && !path.startsWith('/api/')) return false
  return !(path === '/api/session' || path.startsWith('/api/session/'))
}
