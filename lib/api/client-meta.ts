import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import { config } from '@/lib/config'
import type { ApiEnv } from './context'

export interface RequestMeta {
  /** The client's IP address, or null when it cannot be known (e.g. behind Next's route handler). */
  ip: string | null
  userAgent: string | null
  requestId: string
}

/** The socket's peer when the API is served by @hono/node-server (server.ts); unknown under Next or in tests. */
function nodeSocketAddress(c: Context<ApiEnv>): string | null {
  try {
    return getConnInfo(c).remote.address ?? null
  } catch {
    // getConnInfo reads c.env.incoming, which only @hono/node-server provides.
    return null
  }
}

/**
 * X-Forwarded-For is a list each proxy appends to; only the entries our own proxies added can be
 * believed. With `hops` trusted proxies, the client is the `hops`-th address from the right:
 * anything to its left was written by the client itself and may be forged.
 */
export function forwardedClient(header: string | undefined, hops: number): string | null {
  if (!header || hops < 1) return null
  const addresses = header.split(',').map((part) => part.trim()).filter(Boolean)
  if (!addresses.length) return null
  return addresses[Math.max(addresses.length - hops, 0)] ?? null
}

/** An IPv4-mapped IPv6 address (`::ffff:1.2.3.4`) is the IPv4 client; one key per client for rate limits. */
const normalizeIp = (ip: string | null) => (ip?.startsWith('::ffff:') ? ip.slice(7) : ip)

export function clientIp(c: Context<ApiEnv>): string | null {
  const hops = config().TRUST_PROXY
  const forwarded = hops > 0 ? forwardedClient(c.req.header('x-forwarded-for'), hops) : null
  return normalizeIp(forwarded ?? nodeSocketAddress(c))
}

export function requestMeta(c: Context<ApiEnv>): RequestMeta {
  return { ip: clientIp(c), userAgent: c.req.header('user-agent')?.slice(0, 300) ?? null, requestId: c.get('requestId') }
}
