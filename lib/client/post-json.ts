/** What the dashboard's browser code gets back from a JSON API route (the envelope, unpacked). */
export interface ApiResult<T> {
  ok: boolean
  status: number
  message: string
  data: T | null
  errors: Record<string, string[]>
  /** Seconds to wait, from `Retry-After` on a 429. */
  retryAfter: number | null
}

interface Envelope<T> {
  message?: string
  data?: T | null
  errors?: Record<string, string[]>
}

/** Sends a request to our API and reads its `{ status, message, data, errors }` envelope. */
export async function apiRequest<T = null>(path: string, init: { method?: string; json?: unknown; body?: FormData } = {}): Promise<ApiResult<T>> {
  let response: Response
  try {
    response = await fetch(path, {
      method: init.method ?? 'POST',
      headers: init.json === undefined ? undefined : { 'content-type': 'application/json' },
      body: init.body ?? (init.json === undefined ? undefined : JSON.stringify(init.json)),
      credentials: 'same-origin',
    })
  } catch {
    return { ok: false, status: 0, message: 'Could not reach the server. Check your connection.', data: null, errors: {}, retryAfter: null }
  }
  const envelope = (await response.json().catch(() => ({}))) as Envelope<T>
  const retryAfter = Number(response.headers.get('retry-after'))
  return {
    ok: response.ok,
    status: response.status,
    message: envelope.message ?? (response.ok ? 'Done' : 'Something went wrong. Try again.'),
    data: envelope.data ?? null,
    errors: envelope.errors ?? {},
    retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  }
}

export const postJson = <T = null>(path: string, json: unknown) => apiRequest<T>(path, { json })

/** The envelope's message, or a clearer one for throttling. */
export function describeFailure(result: ApiResult<unknown>): string {
  if (result.status === 429) {
    return result.retryAfter ? `Too many requests. Try again in ${result.retryAfter} seconds.` : 'Too many requests. Try again shortly.'
  }
  return result.message
}
