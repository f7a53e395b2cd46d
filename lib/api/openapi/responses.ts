import { errorEnvelopeSchema } from '@/lib/api/envelope'

const descriptions = {
  400: 'Malformed request or validation failure (`errors` names each field; `body` or `query` for the part as a whole)',
  401: 'Not signed in, or the token is invalid or expired',
  403: 'Signed in, but not allowed',
  404: 'Not found',
  405: 'Method not allowed on this path; `Allow` lists the methods that are',
  409: 'Conflicts with an existing record',
  413: 'Payload too large: a declared or streamed body over the limit, refused before it is read',
  415: 'Unsupported content type; the message names the one expected',
  422: 'Request understood but cannot be processed',
  429: 'Too many requests; see `Retry-After`',
  500: 'Unexpected error (details only in the server log, under the request id)',
  503: 'Service unavailable (database unreachable or shutting down)',
} as const

type ErrorStatus = keyof typeof descriptions

/** The shared error responses a route spreads into its `responses`. */
export function errorResponses<const S extends ErrorStatus>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: descriptions[status], content: { 'application/json': { schema: errorEnvelopeSchema } } }]),
  ) as unknown as { [K in S]: { description: string; content: { 'application/json': { schema: typeof errorEnvelopeSchema } } } }
}
