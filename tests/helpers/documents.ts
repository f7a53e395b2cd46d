import { strToU8, zipSync, type Zippable } from 'fflate'

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>'

const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>'

const DOCUMENT =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Booth brochure</w:t></w:r></w:p></w:body></w:document>'

/** The smallest Word document Word itself opens: content types, package relations, the body. */
export function docxEntries(): Zippable {
  return { '[Content_Types].xml': strToU8(CONTENT_TYPES), '_rels/.rels': strToU8(RELS), 'word/document.xml': strToU8(DOCUMENT) }
}

export const docxBytes = (extra: Zippable = {}) => zipSync({ ...docxEntries(), ...extra })

/** A DOCX-shaped zip bomb: a real document whose body inflates from ~20 KB to 20 MB of zeros. */
export const docxBomb = () => docxBytes({ 'word/media/padding.bin': [new Uint8Array(20 * 1024 * 1024), { level: 9 }] })

/** A zip that is no Word document. */
export const plainZip = () => zipSync({ 'readme.txt': strToU8('hello'), 'data/1.csv': strToU8('a,b\n1,2\n') })

/**
 * Rewrites the "uncompressed size" of every central-directory record: a directory that lies about
 * what its entries inflate to, which only the directory check (not the bytes) can refuse.
 */
export function withClaimedSizes(zip: Uint8Array, originalSize: number): Uint8Array {
  const bytes = zip.slice()
  const view = new DataView(bytes.buffer)
  for (let at = 0; at + 46 <= bytes.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue
    view.setUint32(at + 24, originalSize, true)
    at += 45
  }
  return bytes
}

/** A tiny PDF with a proper header and trailer. */
export const PDF_1_7 = new Uint8Array(
  Buffer.from('%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
)
