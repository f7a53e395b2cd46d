import { z } from '@hono/zod-openapi'
// Every schema builds on text(): this installs the API's wording of validation failures for all of them.
import './validation-messages'

/*
 * Text the database can store as it was sent. PostgreSQL refuses U+0000 in a text column (SQLSTATE
 * 22021), and a lone UTF-16 surrogate (`\uD800` without its pair, which JSON and JavaScript strings
 * can carry) is no Unicode character at all: encoded to UTF-8 on its way to the database it silently
 * becomes U+FFFD. Every text field, query parameter, multipart text field and socket payload of
 * lib/schemas starts from `text()`, so both are refused at validation with a 400 naming the field.
 * Ordinary Unicode (accents, CJK, emoji as surrogate pairs) passes untouched.
 */

export const NUL_MESSAGE = 'Must not contain NUL characters (U+0000)'
export const LONE_SURROGATE_MESSAGE = 'Must not contain unpaired surrogate characters (malformed Unicode)'

const NUL = /\u0000/
/** With the `u` flag a surrogate pair is one code point, so `\p{Cs}` matches only a lone surrogate. */
const LONE_SURROGATE = /\p{Cs}/u

/** Why `value` cannot be stored as text, or undefined when it can. */
export function unstorableText(value: string): string | undefined {
  if (NUL.test(value)) return NUL_MESSAGE
  if (LONE_SURROGATE.test(value)) return LONE_SURROGATE_MESSAGE
  return undefined
}

/**
 * `z.string()` that refuses NUL characters and lone surrogates; chain `.trim()`, `.min()`, `.max()`,
 * `.regex()`, `.uuid()`… as on `z.string()`. The refusal aborts the field's other checks, so its
 * message is the one the client sees.
 */
export const text = () =>
  z.string().check((ctx) => {
    const problem = unstorableText(ctx.value)
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, continue: false })
  })
