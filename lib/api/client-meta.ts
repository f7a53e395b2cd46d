import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import { config } from '@/lib/config'
import { forwardedClient, normalizeIp } from '@/lib/http/forwarded-client'
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

export function clientIp(c: Context<ApiEnv>): string | null {
  const hops = config().TRUST_PROXY
  const forwarded = hops > 0 ? forwardedClient(c.req.header('x-forwarded-for'), hops) : null
  return normalizeIp(forwarded ?? nodeSocketAddress(c))
}

export function requestMeta(c: Context<ApiEnv>): RequestMeta {
  return { ip: clientIp(c), userAgent: c.req.header('user-agent')?.slice(0, 300) ?? null, requestId: c.get('requestId') }
}
