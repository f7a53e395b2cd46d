import { z } from 'zod'

/*
 * The wording of validation failures wherever a schema is parsed: API requests, socket events,
 * dashboard forms (react-hook-form's zodResolver shows the same messages). zod's own English says
 * what its parser saw ("Invalid input: expected string, received undefined", "expected number,
 * received NaN", "Too big: expected number to be <=100"); a client developer needs to be told what
 * to send. So a missing field says "Required", and a number names itself and its bounds ("page must
 * be a whole number", "page_size must be at most 100").
 *
 * Installed as zod's global `customError` by importing this module (lib/schemas/text.ts does, and
 * every schema builds on it). zod keeps that configuration on globalThis, so server.ts's and Next's
 * copies of lib/ in one process share it. A message a schema states itself still wins; any other
 * issue keeps zod's English.
 */

export const REQUIRED_MESSAGE = 'Required'

type Issue = z.core.$ZodRawIssue

/** Codes whose issue, on an absent value, just means the field was left out. */
const MISSING_CODES: ReadonlySet<string> = new Set(['invalid_type', 'invalid_value', 'invalid_union'])

/** How a message names the field at `path`: `page`, `items[0].name`; undefined at the root. */
export function fieldLabel(path: readonly PropertyKey[] | undefined): string | undefined {
  if (!path?.length) return undefined
  return path.reduce<string>((label, segment, index) => {
    if (typeof segment === 'number') return `${label}[${segment}]`
    return index === 0 ? String(segment) : `${label}.${String(segment)}`
  }, '')
}

interface NumberDef {
  format?: string
  checks?: Array<{ _zod: { def: { check?: string; format?: string } } }>
}

/** Whether the number schema that raised `issue` takes integers only (`.int()`, `z.int()`). */
function wantsWholeNumber(issue: Issue): boolean {
  if (issue.code !== 'invalid_type') return false
  if (issue.expected === 'int') return true
  if (issue.expected !== 'number') return false
  const def = issue.inst?._zod.def as NumberDef | undefined
  const isIntFormat = (format: string | undefined) => format?.includes('int') === true
  return isIntFormat(def?.format) || (def?.checks ?? []).some((check) => check._zod.def.check === 'number_format' && isIntFormat(check._zod.def.format))
}

/** The message for `issue`, or undefined to keep zod's own. */
export function validationMessage(issue: Issue): string | undefined {
  const label = fieldLabel(issue.path)
  const subject = label ? `${label} must` : 'Must'
  if (MISSING_CODES.has(issue.code) && issue.input === undefined && label) {
    return issue.path?.length === 1 ? REQUIRED_MESSAGE : `${label} is required`
  }
  if (wantsWholeNumber(issue)) return `${subject} be a whole number`
  if (issue.code === 'invalid_type' && issue.expected === 'number') return `${subject} be a number`
  if (issue.code === 'too_small' && issue.origin === 'number') {
    return `${subject} be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}`
  }
  if (issue.code === 'too_big' && issue.origin === 'number') {
    return `${subject} be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`
  }
  return undefined
}

z.config({ customError: validationMessage })
