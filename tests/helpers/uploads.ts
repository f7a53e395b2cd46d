import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { resetConfig } from '@/lib/config'

/**
 * Points UPLOAD_DIR (and optionally MAX_UPLOAD_MB) at a temporary directory for one test file.
 * Returns a getter for the directory.
 */
export function withTempUploadDir(options: { maxUploadMb?: number } = {}): () => string {
  let dir = ''
  const previous = { UPLOAD_DIR: process.env.UPLOAD_DIR, MAX_UPLOAD_MB: process.env.MAX_UPLOAD_MB }
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vicross-uploads-'))
    process.env.UPLOAD_DIR = dir
    if (options.maxUploadMb !== undefined) process.env.MAX_UPLOAD_MB = String(options.maxUploadMb)
    resetConfig()
  })
  afterAll(async () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    resetConfig()
    await rm(dir, { recursive: true, force: true })
  })
  return () => dir
}

/** Every file under a directory, as paths relative to it. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
}

/** A multipart form from text fields and files. */
export function form(fields: Record<string, string | { bytes: Uint8Array; name: string; type?: string }>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'string') data.append(name, value)
    else data.append(name, new Blob([value.bytes.slice()], { type: value.type ?? 'application/octet-stream' }), value.name)
  }
  return data
}
