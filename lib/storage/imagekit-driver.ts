import ImageKit, { APIError, ImageKitError, NotFoundError, toFile } from '@imagekit/nodejs'
import { AppError } from '@/lib/errors'
import { config } from '@/lib/config'
import { logger } from '@/lib/log/logger'
import type { StorageDriver, StorageObject } from './storage-driver'

/*
 * Files on ImageKit, through the vendor's SDK (@imagekit/nodejs). The private key is used only
 * here, as the SDK's Basic credentials; it is never logged, returned or put in a URL.
 */

/** ImageKit is used only when all three keys are set; a partial set keeps files on local disk. */
export function imagekitConfigured(): boolean {
  const env = config()
  return Boolean(env.IMAGEKIT_PUBLIC_KEY && env.IMAGEKIT_PRIVATE_KEY && env.IMAGEKIT_URL_ENDPOINT)
}

/** One folder per kind, so that the media library stays browsable by a human. */
export const imagekitFolder = (kind: StorageObject['kind']) => `/vicross/${kind}`

// ImageKit file ids are short alphanumeric strings; anything else never reaches the API path.
const FILE_ID = /^[A-Za-z0-9_-]{1,64}$/

// Built on each use from config() (cheap: no connection is opened), so tests and a changed
// environment take effect at once.
function client(): ImageKit {
  const env = config()
  if (!env.IMAGEKIT_PRIVATE_KEY) throw new Error('ImageKit is not configured')
  return new ImageKit({
    privateKey: env.IMAGEKIT_PRIVATE_KEY,
    // Unset: the SDK's own hosts (upload.imagekit.io for uploads, api.imagekit.io for the rest).
    ...(env.IMAGEKIT_API_BASE_URL && { baseURL: env.IMAGEKIT_API_BASE_URL }),
    // A retried upload whose first attempt did land would leave a second, unreferenced copy.
    maxRetries: 0,
    timeout: 60_000,
    // The SDK would log to the console; failures are reported through our logger instead.
    logLevel: 'off',
  })
}

/** What a request's failure says about ImageKit, without anything that could hold a secret. */
function describe(error: unknown): Record<string, unknown> {
  if (error instanceof APIError) return { status: error.status, error: error.error, kind: error.constructor.name }
  if (error instanceof ImageKitError) return { kind: error.constructor.name, message: error.message }
  return { kind: 'unknown' }
}

const unavailable = (cause: unknown) =>
  new AppError('unavailable', 'File storage is temporarily unavailable, please retry', { headers: { 'Retry-After': '5' }, cause })

async function removeRemote(fileId: string): Promise<void> {
  if (!FILE_ID.test(fileId)) throw new Error(`Refusing ImageKit file id ${JSON.stringify(fileId)}`)
  try {
    await client().files.delete(fileId)
  } catch (error) {
    // Already gone is what we wanted.
    if (error instanceof NotFoundError) return
    logger().error({ imagekit: describe(error), fileId }, 'ImageKit delete failed')
    throw new Error(`ImageKit delete of ${fileId} failed`)
  }
}

export const imagekitDriver: StorageDriver = {
  name: 'imagekit',
  async write(object: StorageObject) {
    // Our name, never the client's; ImageKit adds a suffix too (useUniqueFileName).
    const fileName = `${object.id}.${object.extension}`
    let uploaded: { fileId?: string; url?: string }
    try {
      uploaded = await client().files.upload({
        file: await toFile(object.bytes, fileName, { type: object.contentType }),
        fileName,
        folder: imagekitFolder(object.kind),
        useUniqueFileName: true,
        isPrivateFile: false,
      })
    } catch (error) {
      logger().error({ imagekit: describe(error), fileId: object.id }, 'ImageKit upload failed')
      throw unavailable(error)
    }
    const { fileId, url } = uploaded
    if (!fileId || !FILE_ID.test(fileId) || !url || !/^https?:\/\//.test(url)) {
      // An answer we cannot record: remove what may have been stored rather than orphan it.
      if (fileId && FILE_ID.test(fileId)) await removeRemote(fileId).catch(() => undefined)
      logger().error({ fileId: object.id, answer: { fileId, url } }, 'ImageKit upload answered without a usable fileId and url')
      throw unavailable(new Error('Unexpected ImageKit upload response'))
    }
    return { key: fileId, url }
  },
  remove: removeRemote,
}
