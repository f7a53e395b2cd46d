import { v7 as uuidv7 } from 'uuid'

import { db } from '@/lib/db'
import type { StorageDriver as StorageDriverName } from '@/lib/generated/prisma/enums'
import { logger } from '@/lib/log/logger'
import { imagekitConfigured, imagekitDriver } from './imagekit-driver'
import { inspectUpload } from './inspect-upload'
import { localDriver } from './local-driver'
import { storedFileSelect, type FileStorage, type PutFileInput, type StorageDriver, type StoredFileRef } from './storage-driver'

/** Where the app serves a file whose driver has no public URL of its own. */
export const mediaUrl = (id: string) => `/api/media/${id}`

/*
 * Every driver stays registered whichever one is active, so that files written under an earlier
 * configuration can still be removed (a row records the driver that holds its bytes).
 */
export const drivers: Record<StorageDriverName, StorageDriver> = { local: localDriver, imagekit: imagekitDriver }

/** The driver new files go to, decided from the configuration at each call (tests switch it). */
export const activeDriver = (): StorageDriver => (imagekitConfigured() ? imagekitDriver : localDriver)

function driverFor(name: StorageDriverName): StorageDriver {
  const driver = drivers[name]
  if (!driver) throw new Error(`Storage driver ${name} is not available`)
  return driver
}

/** The client's file name is kept only as a label: no directories, no control characters. */
function labelOf(name: string | null | undefined): string | null {
  const base = name
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
  return base ? base.slice(0, 200) : null
}

async function removeQuietly(file: StoredFileRef): Promise<void> {
  try {
    await driverFor(file.driver).remove(file.key)
  } catch (error) {
    // The rows are already gone; a leftover file is logged for clean-up rather than failing the request.
    logger().error({ err: error, fileId: file.id, driver: file.driver }, 'could not remove stored file')
  }
}

export const fileStorage: FileStorage = {
  async put(input: PutFileInput) {
    const { contentType, extension } = await inspectUpload(input.bytes, input.kind, input.field)
    const driver = activeDriver()
    // A UUIDv7 like the database's own ids, chosen before the row exists: the local driver names the
    // file after it, and the row's url points at it.
    const id = uuidv7()
    const written = await driver.write({ id, bytes: input.bytes, kind: input.kind, contentType, extension })
    try {
      return await db().storedFile.create({
        data: {
          id,
          driver: driver.name,
          key: written.key,
          url: written.url ?? mediaUrl(id),
          kind: input.kind,
          contentType,
          size: input.bytes.byteLength,
          originalName: labelOf(input.originalName),
          ownerId: input.ownerId,
        },
        select: storedFileSelect,
      })
    } catch (error) {
      // No row, no bytes: a failed insert must not leave an orphan file behind.
      await removeQuietly({ id, driver: driver.name, key: written.key })
      throw error
    }
  },

  async delete(file: StoredFileRef) {
    await db().storedFile.deleteMany({ where: { id: file.id } })
    await removeQuietly(file)
  },

  async removeBytes(files: StoredFileRef[]) {
    await Promise.all(files.map(removeQuietly))
  },
}
