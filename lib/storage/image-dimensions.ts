/*
 * Width and height read from an image's header, without decoding it: enough to refuse a
 * decompression bomb (a tiny file that claims 100 megapixels) before anything renders it.
 */

export interface Dimensions {
  width: number
  height: number
}

const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length))

function png(view: DataView): Dimensions | null {
  // Signature (8) + IHDR length (4) + "IHDR" (4), then width and height as big-endian u32.
  if (view.byteLength < 24) return null
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

function gif(view: DataView): Dimensions | null {
  if (view.byteLength < 10) return null
  return { width: view.getUint16(6, true), height: view.getUint16(8, true) }
}

function webp(bytes: Uint8Array, view: DataView): Dimensions | null {
  if (bytes.length < 30) return null
  const chunk = ascii(bytes, 12, 4)
  if (chunk === 'VP8X') {
    const u24 = (at: number) => bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16)
    return { width: u24(24) + 1, height: u24(27) + 1 }
  }
  if (chunk === 'VP8L') {
    const [b0, b1, b2, b3] = [bytes[21]!, bytes[22]!, bytes[23]!, bytes[24]!]
    return { width: 1 + (b0 | ((b1 & 0x3f) << 8)), height: 1 + ((b1 >> 6) | (b2 << 2) | ((b3 & 0x0f) << 10)) }
  }
  if (chunk === 'VP8 ') return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff }
  return null
}

// Start-of-frame markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) are not frames.
const SOF: ReadonlySet<number> = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

function jpeg(bytes: Uint8Array, view: DataView): Dimensions | null {
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null
    const marker = bytes[offset + 1]!
    if (marker === 0xff) {
      offset++ // fill byte
      continue
    }
    // Standalone markers have no length field.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      offset += 2
      continue
    }
    if (SOF.has(marker)) return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) }
    offset += 2 + view.getUint16(offset + 2)
  }
  return null
}

/** The dimensions of a jpeg/png/gif/webp, or null when the header cannot be read. */
export function imageDimensions(bytes: Uint8Array, mime: string): Dimensions | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  switch (mime) {
    case 'image/png':
      return png(view)
    case 'image/gif':
      return gif(view)
    case 'image/webp':
      return webp(bytes, view)
    case 'image/jpeg':
      return jpeg(bytes, view)
    default:
      return null
  }
}
