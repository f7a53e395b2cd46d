/**
 * X-Forwarded-For is a list each proxy appends to; only the entries our own proxies added can be
 * believed. With `hops` trusted proxies, the client is the `hops`-th address from the right:
 * anything to its left was written by the client itself and may be forged.
 */
export function forwardedClient(header: string | undefined, hops: number): string | null {
  if (!header || hops < 1) return null
  const addresses = header
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  if (!addresses.length) return null
  return addresses[Math.max(addresses.length - hops, 0)] ?? null
}

/** An IPv4-mapped IPv6 address (`::ffff:1.2.3.4`) is the IPv4 client; one key per client for rate limits. */
export const normalizeIp = (ip: string | null) => (ip?.startsWith('::ffff:') ? ip.slice(7) : ip)
