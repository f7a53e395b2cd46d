import { NextResponse, type NextRequest } from 'next/server'

/*
 * A convenience, never the check (authorization lives in every page, action and route): a request with no session cookie
 * at all is sent to the sign-in page with where it was going; every page and server action still
 * authorizes itself. It also tells the dashboard layout which path is being rendered.
 */

// NextAuth's session cookie (the `__Secure-` one over https), possibly split into `.0`, `.1` chunks.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/
const PATH_HEADER = 'x-vicross-path'

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const hasSession = request.cookies.getAll().some(({ name }) => SESSION_COOKIE.test(name))
  if (!hasSession) {
    const url = request.nextUrl.clone()
    url.pathname = '/sign-in'
    url.search = pathname === '/' ? '' : `?callbackUrl=${encodeURIComponent(pathname + search)}`
    return NextResponse.redirect(url)
  }
  const headers = new Headers(request.headers)
  headers.set(PATH_HEADER, pathname + search)
  return NextResponse.next({ request: { headers } })
}

export const config = {
  // Dashboard pages only: not the API, NextAuth, Next's assets, or the pages for signed-out people.
  matcher: ['/((?!api/|_next/|sign-in|forgot-password|no-access|icon\\.svg|favicon\\.ico|robots\\.txt).*)'],
}
