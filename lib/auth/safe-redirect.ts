/**
 * The one check for every redirect target (a `callbackUrl`, NextAuth's `redirect` callback, the
 * proxy's sign-in redirect, the sign-in form's navigation): `target` is parsed as a URL against
 * `base` (APP_URL on the server, the page's own origin in the browser) and kept only when it lands
 * on that origin; anything else is `/`. The answer is always a path (`/…`, never `//…`), so a
 * browser cannot read it as another host.
 *
 * A string test on a leading `/` is not enough: browsers drop tab, CR and LF from URLs and read `\`
 * as `/`, so `/\t/evil.example` and `/\evil.example` both mean `//evil.example`. The URL parser
 * applies those same rules; control characters and backslashes are refused outright on top.
 */
export function safeRedirectPath(target: string | null | undefined, base: string): string {
  if (typeof target !== 'string' || target === '' || target.length > 2048) return '/'
  if (/[\u0000-\u001f\u007f\\]/.test(target)) return '/'
  let origin: string
  let url: URL
  try {
    origin = new URL(base).origin
    url = new URL(target, origin)
  } catch {
    return '/'
  }
  if (url.origin !== origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) return '/'
  const path = `${url.pathname}${url.search}${url.hash}`
  // `/.//evil` normalises to the path `//evil`: as a Location that is another host.
  return path.startsWith('/') && !path.startsWith('//') ? path : '/'
}
