/*
 * Which browser apps on other origins may call the API, and what they may send and read: one
 * policy for the API (lib/api/middleware/cors.ts) and the Socket.IO handshake
 * (lib/realtime/socket-server.ts). CORS_ORIGINS lists the origins; unset, no CORS at all.
 *
 * Never credentials: no `Access-Control-Allow-Credentials`, so a browser will not hand a page on
 * another origin an answer to a request that carried the dashboard cookie. Cross-origin callers
 * send a bearer token. Besides, a request that names another origin is never authenticated by the
 * cookie (lib/http/cross-site.ts, `isOtherOrigin`): a sibling host is same-site, so its requests
 * would carry a SameSite=Lax cookie, readable or not.
 */

/** Methods the API answers. GET, HEAD and POST need no preflight; they are listed for clarity. */
export const CORS_ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const

/**
 * Request headers the API reads that a page may set: the bearer token, the body's type (JSON is
 * not a "simple" type), `Idempotency-Key` on creates, and `X-Request-Id` to correlate its calls
 * with our logs (kept when it looks like an id).
 */
export const CORS_ALLOWED_HEADERS = ['authorization', 'content-type', 'idempotency-key', 'x-request-id'] as const

/**
 * Response headers a page may read besides the safelisted ones (Content-Type, Content-Length,
 * Cache-Control…): the request id of every answer; `RateLimit`/`RateLimit-Policy` (IETF draft
 * form) and `Retry-After` on limited routes, 429 and 503; `Idempotent-Replayed` on a replayed
 * create; `WWW-Authenticate` on 401; `Allow` on 405; `Content-Disposition` on a document download.
 * No `Location`: the API's only one is the media redirect, which fetch follows by itself.
 */
export const CORS_EXPOSED_HEADERS = [
  'X-Request-Id',
  'RateLimit',
  'RateLimit-Policy',
  'Retry-After',
  'Idempotent-Replayed',
  'WWW-Authenticate',
  'Allow',
  'Content-Disposition',
] as const

/**
 * How long a browser may reuse a preflight's answer: two hours, Chromium's ceiling. The answer
 * grants nothing by itself — every actual answer must name the origin again — so removing an
 * origin from CORS_ORIGINS takes effect at once all the same.
 */
export const CORS_MAX_AGE_SECONDS = 7200

/** True when `origin` is one of CORS_ORIGINS (exact match: browsers send origins normalised). */
export function isAllowedCorsOrigin(origin: string | null | undefined, allowed: readonly string[]): origin is string {
  return typeof origin === 'string' && allowed.includes(origin)
}
