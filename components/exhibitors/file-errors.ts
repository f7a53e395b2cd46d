import type { Messages } from '@/messages'

export type FileErrorKey = `errors.${keyof Messages['files']['errors']}`

/** A server refusal of a file, as a message of the `files` namespace and its values (the field's label added by the caller). */
export interface FileErrorMessage {
  key: FileErrorKey
  values: Record<string, string | number>
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The wordings the API uses for a refused file (lib/storage/inspect-upload.ts, lib/api/multipart.ts,
 * lib/schemas/uploaded-file.ts): `{field}` stands for the field's wire name at the start of a
 * message, and each group is a value of the message. English messages read exactly as the server's
 * with the wire name replaced by the label, so what a person sees does not change in English.
 */
const PATTERNS: Array<[pattern: string, key: FileErrorKey, values?: string[]]> = [
  ['{field} must be a JPEG, PNG, WebP or GIF image', 'errors.notImage'],
  ['{field} must be a PDF document', 'errors.notPdf'],
  ['{field} must be a Word \\(\\.docx\\) document', 'errors.notDocx'],
  ['The file is empty', 'errors.empty'],
  ['{field} is empty', 'errors.emptyNamed'],
  ['{field} is larger than (\\d+(?:\\.\\d+)?) MB', 'errors.largerThanMegabytes', ['size']],
  ['{field} is larger than (\\d+) bytes', 'errors.largerThanBytes', ['size']],
  ['At most (\\d+(?:\\.\\d+)?) MB', 'errors.atMostMegabytes', ['size']],
  ['The image header cannot be read', 'errors.unreadableImage'],
  ['{field} is not a readable image', 'errors.unreadableImageNamed'],
  ['{field} is too large: at most (\\d+(?:\\.\\d+)?) megapixels', 'errors.tooManyPixels', ['count']],
  ['{field} is too large once uncompressed \\((.+)\\)', 'errors.tooLargeUncompressed', ['detail']],
  ['{field} cannot be replaced and removed at once(?: \\(.*\\))?', 'errors.replacedAndRemoved'],
  ['The request body is too large', 'errors.bodyTooLarge'],
]

const NUMERIC = new Set(['size', 'count'])

/** The message for a server's refusal of the file field `field`, or null for a wording it does not know. */
export function fileErrorMessage(message: string, field: string): FileErrorMessage | null {
  for (const [pattern, key, names = []] of PATTERNS) {
    const match = new RegExp(`^${pattern.replace('{field}', escape(field))}$`).exec(message)
    if (!match) continue
    const values = Object.fromEntries(names.map((name, index) => [name, NUMERIC.has(name) ? Number(match[index + 1]) : match[index + 1]!]))
    return { key, values }
  }
  return null
}
