import { unzipSync } from 'fflate'

/*
 * A DOCX is a zip. Before anything inflates it (file-type's detection, ImageKit, a reader's Word),
 * its central directory alone must show a plausible document: few entries, a bounded total size
 * and no entry that expands like a zip bomb. Nothing is decompressed here.
 */

export const DOCX_LIMITS = {
  /** Real documents have tens of entries; thousands of them only cost whoever walks the archive. */
  maxEntries: 1000,
  /** Everything inflated together: images included, Word documents stay far below this. */
  maxUncompressedBytes: 50 * 1024 * 1024,
  /** XML deflates 5–20×; bombs reach 1000× and more. Checked on entries over `ratioFloorBytes`. */
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
} as const

/** Why a zip is refused: not a Word document at all, or one that is too large once inflated. */
export type DocxVerdict = { ok: true } | { ok: false; reason: 'not_docx' | 'too_large'; detail: string }

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const REQUIRED = ['[Content_Types].xml', 'word/document.xml']

class Refused extends Error {
  constructor(readonly verdict: Extract<DocxVerdict, { ok: false }>) {
    super(verdict.detail)
  }
}

export const looksLikeZip = (bytes: Uint8Array) => ZIP_MAGIC.every((byte, i) => bytes[i] === byte)

/** Checks a DOCX's structure and bounds from its central directory, without inflating an entry. */
export function inspectDocx(bytes: Uint8Array): DocxVerdict {
  if (!looksLikeZip(bytes)) return { ok: false, reason: 'not_docx', detail: 'not a zip archive' }
  const names = new Set<string>()
  let entries = 0
  let total = 0
  try {
    // The filter sees each central-directory record and answers false: fflate then skips the entry
    // without decompressing it, so this walks the directory only.
    unzipSync(bytes, {
      filter: (entry) => {
        entries++
        if (entries > DOCX_LIMITS.maxEntries) throw new Refused({ ok: false, reason: 'too_large', detail: `more than ${DOCX_LIMITS.maxEntries} entries` })
        // Only "stored" and "deflate" exist in real documents; anything else is no DOCX of ours.
        if (entry.compression !== 0 && entry.compression !== 8)
          throw new Refused({ ok: false, reason: 'not_docx', detail: `compression method ${entry.compression}` })
        // Sizes from a damaged or forged directory: negative, NaN or beyond the archive itself.
        if (
          !Number.isSafeInteger(entry.size) ||
          !Number.isSafeInteger(entry.originalSize) ||
          entry.size < 0 ||
          entry.originalSize < 0 ||
          entry.size > bytes.byteLength
        ) {
          throw new Refused({ ok: false, reason: 'not_docx', detail: 'inconsistent entry sizes' })
        }
        total += entry.originalSize
        if (total > DOCX_LIMITS.maxUncompressedBytes)
          throw new Refused({ ok: false, reason: 'too_large', detail: `more than ${DOCX_LIMITS.maxUncompressedBytes} bytes uncompressed` })
        if (entry.originalSize > DOCX_LIMITS.ratioFloorBytes && entry.originalSize > DOCX_LIMITS.maxRatio * Math.max(entry.size, 1)) {
          throw new Refused({ ok: false, reason: 'too_large', detail: `entry compressed more than ${DOCX_LIMITS.maxRatio}:1` })
        }
        names.add(entry.name)
        return false
      },
    })
  } catch (error) {
    if (error instanceof Refused) return error.verdict
    return { ok: false, reason: 'not_docx', detail: 'unreadable zip directory' }
  }
  const missing = REQUIRED.filter((name) => !names.has(name))
  if (missing.length) return { ok: false, reason: 'not_docx', detail: `missing ${missing.join(', ')}` }
  return { ok: true }
}
