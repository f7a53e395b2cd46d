import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import busboy from 'busboy'

/** What the stand-in saw of one request, after checking it looked like ImageKit's API expects. */
export interface SeenRequest {
  method: string
  path: string
  /** The decoded Basic credentials (`user:password`), or null without them. */
  basic: string | null
  contentType: string
  fields: Record<string, string>
  file: { name: string; bytes: Buffer; mimeType: string } | null
}

export interface ImageKitStandIn {
  url: string
  /** Where the stand-in says uploaded files are served (the answers' `url`). */
  endpoint: string
  requests: SeenRequest[]
  /** Fails every upload with this status (e.g. 500) until called with `null`. */
  failUploads(status: number | null): void
  /** Answers uploads without `url` (a response the driver cannot record). */
  omitUrl(omit: boolean): void
  close(): Promise<void>
}

function basicOf(request: IncomingMessage): string | null {
  const match = /^Basic (.+)$/.exec(request.headers.authorization ?? '')
  return match ? Buffer.from(match[1]!, 'base64').toString('utf8') : null
}

function readForm(request: IncomingMessage): Promise<Pick<SeenRequest, 'fields' | 'file'>> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {}
    let file: SeenRequest['file'] = null
    const parser = busboy({ headers: request.headers })
    parser.on('field', (name, value) => (fields[name] = value))
    parser.on('file', (_name, stream, info) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => (file = { name: info.filename ?? '', bytes: Buffer.concat(chunks), mimeType: info.mimeType }))
    })
    parser.on('error', reject)
    parser.on('close', () => resolve({ fields, file }))
    request.pipe(parser)
  })
}

const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json' })
  response.end(JSON.stringify(body))
}

/**
 * A local HTTP server answering like ImageKit's upload and delete endpoints. It records every
 * request; an upload or delete without the Basic credentials of `privateKey` gets ImageKit's 401.
 */
export async function startImageKitStandIn(privateKey: string): Promise<ImageKitStandIn> {
  const requests: SeenRequest[] = []
  const files = new Set<string>()
  let failStatus: number | null = null
  let omitUrl = false
  let counter = 0
  const endpoint = 'https://ik.imagekit.io/vicross-test'

  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://stand-in').pathname
    const contentType = request.headers['content-type'] ?? ''
    const multipart = contentType.startsWith('multipart/form-data')
    const form = multipart ? await readForm(request).catch(() => ({ fields: {}, file: null })) : { fields: {}, file: null }
    if (!multipart) request.resume()
    const seen: SeenRequest = { method: request.method ?? '', path, basic: basicOf(request), contentType, ...form }
    requests.push(seen)
    // ImageKit takes the private key as the user name and ignores the password.
    if (seen.basic?.split(':')[0] !== privateKey) return json(response, 401, { message: 'Your account cannot be authenticated.' })

    if (request.method === 'POST' && path === '/api/v1/files/upload') {
      if (failStatus) return json(response, failStatus, { message: 'Internal server error' })
      if (!seen.file || !seen.fields.fileName) return json(response, 400, { message: 'Missing file parameter for upload' })
      const fileId = `ik${String(++counter).padStart(6, '0')}abcdef`
      const folder = (seen.fields.folder ?? '/').replace(/\/?$/, '/')
      const name = seen.fields.useUniqueFileName === 'true' ? seen.fields.fileName.replace(/(\.\w+)$/, `_${fileId.slice(-6)}$1`) : seen.fields.fileName
      files.add(fileId)
      return json(response, 200, {
        fileId,
        name,
        size: seen.file.bytes.length,
        filePath: `${folder}${name}`,
        fileType: seen.file.mimeType.startsWith('image/') ? 'image' : 'non-image',
        ...(omitUrl ? {} : { url: `${endpoint}${folder}${name}` }),
        thumbnailUrl: `${endpoint}/tr:n-ik_ml_thumbnail${folder}${name}`,
        versionInfo: { id: fileId, name: 'Version 1' },
      })
    }
    const deleted = /^\/v1\/files\/([^/]+)$/.exec(path)
    if (request.method === 'DELETE' && deleted) {
      if (!files.delete(deleted[1]!)) return json(response, 404, { message: 'The requested file does not exist.' })
      response.writeHead(204).end()
      return
    }
    json(response, 404, { message: 'Not found' })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    endpoint,
    requests,
    failUploads: (status) => (failStatus = status),
    omitUrl: (omit) => (omitUrl = omit),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
