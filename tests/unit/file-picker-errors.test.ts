import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'
import { fileErrorMessage } from '@/components/exhibitors/file-errors'
import { humanFileError } from '@/components/exhibitors/file-picker'
import { messages } from '@/messages'

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

describe('fileErrorMessage', () => {
  const say = (locale: 'en' | 'ar', message: string, field: string, label: string) => {
    const t = createTranslator({ locale, messages: messages[locale], namespace: 'files' })
    const known = fileErrorMessage(message, field)
    return known ? t(known.key, { ...known.values, label }) : null
  }

  it('reads, in English, exactly as the server wrote it with the label for the field', () => {
    const cases: Array<[string, string, string]> = [
      ['background_image must be a JPEG, PNG, WebP or GIF image', 'background_image', 'Background image'],
      ['pdf must be a PDF document', 'pdf', 'PDF brochure'],
      ['docx must be a Word (.docx) document', 'docx', 'Word brochure'],
      ['image is larger than 10 MB', 'image', 'Logo'],
      ['image is larger than 0.05 MB', 'image', 'Logo'],
      ['image is larger than 51200 bytes', 'image', 'Logo'],
      ['image is too large: at most 50 megapixels', 'image', 'Image'],
      ['docx is too large once uncompressed (more than 1000 entries)', 'docx', 'Word brochure'],
      ['The file is empty', 'pdf', 'PDF brochure'],
      ['At most 10 MB', 'image', 'Logo'],
      ['The image header cannot be read', 'image', 'Logo'],
    ]
    for (const [message, field, label] of cases) expect(say('en', message, field, label)).toBe(humanFileError(message, field, label))
    expect(say('en', 'image cannot be replaced and removed at once (send a new file or remove_image=true, not both)', 'image', 'Logo')).toBe(
      'Logo cannot be replaced and removed at once',
    )
  })

  it('says the same in Arabic, with the label and the digits of the locale, and leaves unknown wordings to the caller', () => {
    expect(say('ar', 'pdf must be a PDF document', 'pdf', 'كتيّب PDF')).toBe('يجب أن يكون حقل «كتيّب PDF» مستند PDF')
    expect(say('ar', 'image is larger than 10 MB', 'image', 'الشعار')).toBe(`حجم «الشعار» أكبر من ${new Intl.NumberFormat('ar').format(10)} ميغابايت`)
    expect(fileErrorMessage('images are not allowed here', 'image')).toBeNull()
    expect(fileErrorMessage('pdf must be a PDF document', 'image')).toBeNull()
  })
})
