import { bodyLimit } from 'hono/body-limit'
import { createMiddleware } from 'hono/factory'
import { maxUploadBytes } from '@/lib/storage/inspect-upload'
import type { ApiEnv } from '../context'
import { AppError } from '@/lib/errors'

/**
 * A multipart body with up to `files` files of at most MAX_UPLOAD_MB each, plus room for the text
 * fields and framing. Larger bodies are refused from Content-Length (or while streaming) with 413
 * before being buffered whole. MAX_UPLOAD_MB is read per request (configuration is run-time).
 */
export function limitUploadBody(files: number) {
  return createMiddleware<ApiEnv>((c, next) =>
    bodyLimit({
      maxSize: files * maxUploadBytes() + 64 * 1024,
      onError: () => {
        throw new AppError('payload_too_large', 'The upload is too large')
      },
    })(c, next),
  )
}
