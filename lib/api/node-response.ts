import type { ServerResponse } from 'node:http'
import type { Context } from 'hono'

/**
 * The node:http response beneath the request when server.ts serves the API (@hono/node-server
 * passes it as `c.env.outgoing`); undefined under the Next mount and for in-process requests.
 */
const nodeResponse = (c: Context): ServerResponse | undefined => (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing

/**
 * Sets a header every answer carries whatever the handler does. On node:http it goes straight onto
 * the response (the handler's own headers, written by writeHead, take precedence): the Response
 * then leaves Hono with no fetch `Headers` to build and validate, and @hono/node-server writes it
 * by its fast path. That was a measurable share of a short read's CPU (issue 14 §2).
 */
export function presetHeader(c: Context, name: string, value: string): void {
  const outgoing = nodeResponse(c)
  if (outgoing) outgoing.setHeader(name, value)
  else c.header(name, value)
}
