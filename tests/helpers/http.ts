import type { Hono } from 'hono'
import type { Envelope } from '@/lib/api/envelope'

export interface Answer<T = unknown> {
  status: number
  headers: Headers
  body: Envelope<T>
}

type Fetcher = { request: Hono['request'] } | ((request: Request) => Promise<Response> | Response)

/** Sends a request to an app (in-process) or a fetch-like handler and reads the JSON envelope. */
export async function send<T = unknown>(
  target: Fetcher,
  method: string,
  path: string,
  options: { json?: unknown; body?: BodyInit; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const headers = new Headers(options.headers)
  let body = options.body
  if (options.json !== undefined) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(options.json)
  }
  const request = new Request(new URL(path, 'http://localhost:3000'), { method, headers, body })
  const response = typeof target === 'function' ? await target(request) : await target.request(request)
  const text = await response.text()
  let parsed: Envelope<T>
  try {
    parsed = JSON.parse(text) as Envelope<T>
  } catch {
    throw new Error(`Expected a JSON envelope from ${method} ${path}, got ${response.status}: ${text.slice(0, 200)}`)
  }
  return { status: response.status, headers: response.headers, body: parsed }
}
