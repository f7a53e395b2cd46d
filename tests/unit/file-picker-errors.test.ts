import { describe, expect, it } from 'vitest'
import { humanFileError } from '@/components/exhibitors/file-picker'

describe('humanFileError', () => {
  it('names the field by the label people see instead of its API name', () => {
    expect(humanFileError('pdf must be a PDF document', 'pdf', 'PDF brochure')).toBe('PDF brochure must be a PDF document')
    expect(humanFileError('image is larger than 10 MB', 'image', 'Logo')).toBe('Logo is larger than 10 MB')
  })

  it('leaves other wording, and words that merely start like the field, alone', () => {
    expect(humanFileError('The file is empty', 'pdf', 'PDF brochure')).toBe('The file is empty')
    expect(humanFileError('images are not allowed here', 'image', 'Logo')).toBe('images are not allowed here')
    expect(humanFileError(undefined, 'pdf', 'PDF brochure')).toBeUndefined()
  })
})
