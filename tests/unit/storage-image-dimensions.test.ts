import { describe, expect, it } from 'vitest'
import { imageDimensions } from '@/lib/storage/image-dimensions'

const b64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'))

// Real files made by libvips (sharp), so the header parser is checked against an encoder, not itself.
const FIXTURES: Array<[string, string, Uint8Array, { width: number; height: number }]> = [
  ['lossy WebP (VP8)', 'image/webp', b64('UklGRjoAAABXRUJQVlA4IC4AAADwAQCdASoFAAQAAsBMJaACdLoB+AAAYgAA7PMr+b/8KtwxDNV/87BsS7XgAAAA'), { width: 5, height: 4 }],
  ['lossless WebP (VP8L)', 'image/webp', b64('UklGRh4AAABXRUJQVlA4TBEAAAAvBMAAAAdQ5CrUo/+BiOh/AAA='), { width: 5, height: 4 }],
  [
    'extended WebP (VP8X, alpha)',
    'image/webp',
    b64('UklGRl4AAABXRUJQVlA4WAoAAAAQAAAABAAAAwAAQUxQSAoAAAABB1DAiAhERP8DVlA4IC4AAADwAQCdASoFAAQAAsBMJaACdLoB+AAAYgAA7PMr+b/8KtwxDNV/87BsS7XgAAAA'),
    { width: 5, height: 4 },
  ],
  [
    'baseline JPEG',
    'image/jpeg',
    b64(
      '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAMDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABAb/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCOACqH/9k=',
    ),
    { width: 3, height: 2 },
  ],
  [
    'progressive JPEG',
    'image/jpeg',
    b64(
      '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wgARCAADAAcDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAVAQEBAAAAAAAAAAAAAAAAAAAAAf/aAAwDAQACEAMQAAABlYT/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/9oACAEBAAEFAn//xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oACAEDAQE/AX//xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oACAECAQE/AX//xAAUEAEAAAAAAAAAAAAAAAAAAAAA/9oACAEBAAY/An//xAAUEAEAAAAAAAAAAAAAAAAAAAAA/9oACAEBAAE/IX//2gAMAwEAAgADAAAAEA//xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oACAEDAQE/EH//xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oACAECAQE/EH//xAAUEAEAAAAAAAAAAAAAAAAAAAAA/9oACAEBAAE/EH//2Q==',
    ),
    { width: 7, height: 3 },
  ],
  ['GIF', 'image/gif', b64('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=='), { width: 1, height: 1 }],
]

describe('imageDimensions', () => {
  it.each(FIXTURES)('reads the size of a %s', (_name, mime, bytes, size) => {
    expect(imageDimensions(bytes, mime)).toEqual(size)
  })

  it('answers null for truncated headers and other types', () => {
    expect(imageDimensions(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'image/jpeg')).toBeNull()
    expect(imageDimensions(new Uint8Array(10), 'image/png')).toBeNull()
    expect(imageDimensions(new Uint8Array(100), 'image/svg+xml')).toBeNull()
  })
})
