import { fileTypeFromBuffer } from 'file-type'
import { AppError } from '@/lib/errors'
import { config } from '@/lib/config'
import type { FileKind } from '@/lib/generated/prisma/enums'
import { imageDimensions } from './image-dimensions'
import { inspectDocx, looksLikeZip } from './inspect-docx'

/** Decoding more than this would cost hundreds of MB of memory wherever the image is shown. */
export const MAX_IMAGE_PIXELS = 50_000_000

/** What each kind of file may really be (by magic bytes), with the extension we store it under. */
const ACCEPTED: Record<FileKind, { types: Record<string, string>; label: string }> = {
  image: { types: { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif' }, label: 'a JPEG, PNG, WebP or GIF image' },
  pdf: { types: { 'application/pdf': 'pdf' }, label: 'a PDF document' },
  docx: { types: { 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx' }, label: 'a Word (.docx) document' },
}

export interface InspectedUpload {
  contentType: string
  extension: string
}

export const maxUploadBytes = () => Math.floor(config().MAX_UPLOAD_MB * 1024 * 1024)

const fieldError = (field: string | undefined, message: string) => (field ? { errors: { [field]: [message] } } : {})

// "%PDF-" and a version such as 1.7 or 2.0, at the very start (file-type only looks for "%PDF").
const PDF_HEADER = /^%PDF-\d\.\d/

/**
 * 400 with the field named: the bytes are not the kind asked for (a renamed executable is refused
 * with 400; 415 stays for a request body that is not multipart at all). 422 (below): the
 * right kind, beyond what we process.
 */
const wrongType = (name: string, field: string | undefined, label: string) => {
  const message = `${name} must be ${label}`
  return new AppError('validation', message, fieldError(field, message))
}

/**
 * Decides what an upload is from its bytes, never from its name or the client's content type, and
 * refuses anything but the expected kind (400). SVG and HTML are never accepted: both can carry
 * script. Bombs of the right kind — an image over 50 megapixels, a DOCX that inflates beyond its
 * bounds — are 422. Empty is 400, over MAX_UPLOAD_MB 413.
 */
export async function inspectUpload(bytes: Uint8Array, kind: FileKind, field?: string): Promise<InspectedUpload> {
  const name = field ?? 'file'
  if (bytes.byteLength === 0) throw new AppError('validation', `${name} is empty`, fieldError(field, 'The file is empty'))
  if (bytes.byteLength > maxUploadBytes()) {
    throw new AppError('payload_too_large', `${name} is larger than ${config().MAX_UPLOAD_MB} MB`, fieldError(field, `At most ${config().MAX_UPLOAD_MB} MB`))
  }
  const accepted = ACCEPTED[kind]
  if (looksLikeZip(bytes)) {
    // Only a DOCX may be a zip; its directory is checked before anything (file-type included) inflates it.
    if (kind !== 'docx') throw wrongType(name, field, accepted.label)
    const verdict = inspectDocx(bytes)
    if (!verdict.ok && verdict.reason === 'too_large') {
      const message = `${name} is too large once uncompressed (${verdict.detail})`
      throw new AppError('unprocessable', message, fieldError(field, message))
    }
    if (!verdict.ok) throw wrongType(name, field, accepted.label)
  }
  const detected = await fileTypeFromBuffer(bytes)
  const extension = detected ? accepted.types[detected.mime] : undefined
  if (!detected || !extension) throw wrongType(name, field, accepted.label)
  if (kind === 'pdf' && !PDF_HEADER.test(String.fromCharCode(...bytes.subarray(0, 8)))) throw wrongType(name, field, accepted.label)
  if (kind === 'image') {
    const size = imageDimensions(bytes, detected.mime)
    if (!size || size.width === 0 || size.height === 0) {
      throw new AppError('validation', `${name} is not a readable image`, fieldError(field, 'The image header cannot be read'))
    }
    if (size.width * size.height > MAX_IMAGE_PIXELS) {
      const message = `${name} is too large: at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels`
      throw new AppError('unprocessable', message, fieldError(field, message))
    }
  }
  return { contentType: detected.mime, extension }
}
