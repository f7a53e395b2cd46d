import { createReadStream } from 'node:fs'
import { mkdir, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, resolve, sep } from 'node:path'
import { Readable } from 'node:stream'
import { config } from '@/lib/config'
import type { StorageDriver, StorageObject } from './storage-driver'

// Keys are generated here and only here: <yyyy>/<mm>/<uuid>.<ext>. Anything else is refused.
const KEY = /^\d{4}\/\d{2}\/[0-9a-f-]{36}\.[a-z0-9]{2,5}$/

/** UPLOAD_DIR, read on each use so that tests (and a changed config) point it elsewhere. */
export const uploadRoot = () => resolve(config().UPLOAD_DIR)

/** The absolute path of a key, or an error if the key could escape UPLOAD_DIR. */
export function localPath(key: string): string {
  const root = uploadRoot()
  const path = resolve(root, key)
  if (!KEY.test(key) || !path.startsWith(root + sep)) throw new Error(`Refusing storage key ${JSON.stringify(key)}`)
  return path
}

export const localDriver: StorageDriver = {
  name: 'local',
  async write(object: StorageObject) {
    const now = new Date()
    const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${object.id}.${object.extension}`
    const path = localPath(key)
    await mkdir(dirname(path), { recursive: true })
    // 'wx': never overwrite an existing file, even if an id were ever reused.
    await writeFile(path, object.bytes, { flag: 'wx', mode: 0o640 })
    return { key, url: null }
  },
  async remove(key: string) {
    await rm(localPath(key), { force: true })
  },
}

/** A stored local file as a web stream, or null when its bytes are gone. */
export async function readLocalFile(key: string): Promise<{ body: ReadableStream<Uint8Array>; size: number } | null> {
  const path = localPath(key)
  const info = await stat(path).catch(() => null)
  if (!info?.isFile()) return null
  return { body: Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>, size: info.size }
}
