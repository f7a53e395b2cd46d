// Plain JS so that next.config.js (loaded by Node without a TS loader) and the API share one list.
/** Headers every response carries, pages and API alike. */
export const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // API answers and anything else that is not a page; pages get pageContentSecurityPolicy (proxy.ts).
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]

/**
 * The policy of every dashboard page, with this request's nonce (proxy.ts makes one per request and
 * hands it to Next, which puts it on its own scripts; next-themes' inline script gets it through the
 * root layout). `'strict-dynamic'` lets those scripts load the chunks they need (charts, Scalar's
 * renderer); `'self'` is only the fallback of browsers that predate it. Development adds
 * `'unsafe-eval'` for React's debugging tools and hot reloading.
 * @param {string} nonce
 * @param {{ development?: boolean }} [options]
 */
export function pageContentSecurityPolicy(nonce, { development = false } = {}) {
  return [
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}
