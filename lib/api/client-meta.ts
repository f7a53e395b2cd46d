import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import { clientAddress, clientAddressFromHeaders } from '@/lib/http/client-address'
import type { Locale } from '@/lib/i18n/locales'
import { negotiateLocale } from '@/lib/i18n/negotiate'
import type { ApiEnv } from './context'

export interface RequestMeta {
  /** The client's IP address, or null when it cannot be known (Next's copy of the API without server.ts in front). */
  ip: string | null
  userAgent: string | null
  requestId: string
  /** The best of our languages for the request's Accept-Language (mails to addresses without an account). */
  locale: Locale
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
  const socket = nodeSocketAddress(c)
  // Served by server.ts's own listener: the socket is ours to read. Otherwise Next's copy of the API.
  if (socket) return clientAddress(c.req.header('x-forwarded-for'), socket)
  return clientAddressFromHeaders((name) => c.req.header(name))
}

export function requestMeta(c: Context<ApiEnv>): RequestMeta {
  return {
    ip: clientIp(c),
    userAgent: c.req.header('user-agent')?.slice(0, 300) ?? null,
    requestId: c.get('requestId'),
    locale: negotiateLocale(c.req.header('accept-language')),
  }
}
