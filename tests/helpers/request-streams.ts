import { api } from '@/lib/api/app'

/**
 * A request body that counts what the server pulls from it: `head`, then zeros up to `total` bytes.
 * `highWaterMark: 0` so that nothing is pulled until the server reads.
 */
export function countingBody(head: string, total = 0) {
  const first = new TextEncoder().encode(head)
  let pulled = 0
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled === 0) {
          pulled += first.byteLength
          return controller.enqueue(first)
        }
        if (pulled >= total) return controller.close()
        controller.enqueue(new Uint8Array(16 * 1024))
        pulled += 16 * 1024
      },
    },
    { highWaterMark: 0 },
  )
  return { stream, pulled: () => pulled }
}

/** Sends a streamed body to the API in this process and reads the JSON answer. */
export async function sendStream(method: string, path: string, headers: Record<string, string>, stream: ReadableStream<Uint8Array>) {
  const request = new Request(new URL(path, 'http://localhost:3000'), { method, headers, body: stream, duplex: 'half' } as RequestInit)
  const response = await api().request(request)
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> }
}
