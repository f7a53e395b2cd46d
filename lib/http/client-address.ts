import { config } from '@/lib/config'
import { processSingleton } from '@/lib/runtime/process-singleton'
import { forwardedClient, normalizeIp } from './forwarded-client'

/*
 * Next hides the socket from route handlers, server actions and NextAuth. When server.ts is the
 * front door it knows the client's address (the socket, or trusted proxies' X-Forwarded-For), and
 * stamps it on every request it hands to Next under this header, overwriting whatever a client
 * sent. Without server.ts in front (`next start`), the header is never believed: the address then
 * comes from X-Forwarded-For only through TRUST_PROXY, as in the API, or stays unknown.
 */
export const CLIENT_IP_HEADER = 'x-vicross-client-ip'

const frontDoor = processSingleton('front-door', () => ({ stamping: false }))

/** server.ts, before it serves: from now on every request to Next carries the stamped address. */
export function becomeFrontDoor(): void {
  frontDoor.get().stamping = true
}

/** The address of a request as its socket and the trusted proxies tell it. */
export function clientAddress(forwardedFor: string | undefined, socketAddress: string | undefined | null): string | null {
  const hops = config().TRUST_PROXY
  const forwarded = hops > 0 ? forwardedClient(forwardedFor, hops) : null
  return normalizeIp(forwarded ?? socketAddress ?? null)
}

/** The client's address for code running inside Next (route handlers, server actions, NextAuth). */
export function clientAddressFromHeaders(header: (name: string) => string | null | undefined): string | null {
  if (frontDoor.peek()?.stamping) return header(CLIENT_IP_HEADER) || null
  return clientAddress(header('x-forwarded-for') ?? undefined, null)
}
