import { NextResponse, type NextRequest } from 'next/server'
import { safeRedirectPath } from '@/lib/auth/safe-redirect'
import { config as appConfig } from '@/lib/config'
import { isCrossSiteWrite } from '@/lib/http/cross-site'
import { pageContentSecurityPolicy, securityHeaders } from '@/lib/http/security-headers.js'

/*
 * Every page request passes here (not the API, NextAuth or Next's static files):
 * - a state change (any method but GET/HEAD: a server action, a form post) from another site is
 *   refused with 403 before Next sees it (a cookie rides along on cross-site requests);
 * - each page gets a fresh nonce and its Content-Security-Policy: the policy goes on the request,
 *   where Next reads the nonce for its own scripts, and on the response; `x-nonce` carries it to
 *   the root layout (next-themes' inline script);
 * - as a convenience, never the check (every page, action and route authorizes itself), a request
 *   with no session cookie at all is sent to the sign-in page with where it was going;
 * - it tells the dashboard layout which path is being rendered.
 */

// NextAuth's session cookie (the `__Secure-` one over https), possibly split into `.0`, `.1` chunks.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/
const PATH_HEADER = 'x-vicross-path'
const NONCE_HEADER = 'x-nonce'
// Pages for signed-out people: no session needed.
const PUBLIC_PAGE = /^\/(sign-in|forgot-password|no-access)(\/|$)/
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD'])

const REFUSED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Request refused · VI Cross</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem">
<h1>Request refused</h1><p>This request came from another site, so it was not carried out. Nothing was changed.</p>
<p><a href="/">Open the VI Cross dashboard</a> and try again from there.</p></body></html>`

/** 128 random bits, base64: a fresh nonce for every page. */
function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
}

function refuseCrossSite(): NextResponse {
  const response = new NextResponse(REFUSED_PAGE, { status: 403, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } })
  for (const { key, value } of securityHeaders) response.headers.set(key, value)
  response.headers.set('Content-Security-Policy', "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
  return response
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const { APP_URL, NODE_ENV } = appConfig()
  if (
    !SAFE_METHODS.has(request.method) &&
    isCrossSiteWrite({ origin: request.headers.get('origin'), fetchSite: request.headers.get('sec-fetch-site') }, new URL(APP_URL).origin)
  )
    return refuseCrossSite()

  const hasSession = request.cookies.getAll().some(({ name }) => SESSION_COOKIE.test(name))
  if (!hasSession && !PUBLIC_PAGE.test(pathname)) {
    const url = request.nextUrl.clone()
    const callbackUrl = safeRedirectPath(pathname + search, APP_URL)
    url.pathname = '/sign-in'
    url.search = callbackUrl === '/' ? '' : `?callbackUrl=${encodeURIComponent(callbackUrl)}`
    return NextResponse.redirect(url)
  }

  const nonce = newNonce()
  const policy = pageContentSecurityPolicy(nonce, { development: NODE_ENV === 'development' })
  const headers = new Headers(request.headers)
  headers.set(PATH_HEADER, pathname + search)
  headers.set(NONCE_HEADER, nonce)
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  // Pages (the signed-out ones too, for their policy): not the API, NextAuth, or Next's and our static
  // files (app/icon.svg and public/: anonymous visitors, browsers and crawlers fetch them without a session).
  matcher: ['/((?!api/|_next/|icon\\.svg|favicon\\.ico|robots\\.txt|manifest\\.webmanifest|icon-192\\.png|icon-512\\.png|apple-touch-icon\\.png).*)'],
}
