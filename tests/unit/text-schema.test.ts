import { describe, expect, it } from 'vitest'
import { z } from '@hono/zod-openapi'
import { registerSchema } from '@/lib/schemas/auth'
import { createBoothFormSchema } from '@/lib/schemas/booths'
import { createCompanyFormSchema } from '@/lib/schemas/companies'
import { listCompaniesQuerySchema } from '@/lib/schemas/companies'
import { messageEventSchema } from '@/lib/schemas/rooms'
import { LONE_SURROGATE_MESSAGE, NUL_MESSAGE, text, unstorableText } from '@/lib/schemas/text'
import { fieldErrors } from '@/lib/errors'

// The building block of every text field (lib/schemas/text.ts): NUL and lone surrogates refused, Unicode kept.
describe('text()', () => {
  it.each([
    ['a NUL', 'Ada\u0000Lovelace', NUL_MESSAGE],
    ['only a NUL', '\u0000', NUL_MESSAGE],
    ['a lone high surrogate', 'Ada\uD800', LONE_SURROGATE_MESSAGE],
    ['a lone low surrogate', '\uDC00Ada', LONE_SURROGATE_MESSAGE],
    ['a pair in the wrong order', '\uDE00\uD83D', LONE_SURROGATE_MESSAGE],
    ['an emoji followed by a lone surrogate', '😀\uD800', LONE_SURROGATE_MESSAGE],
  ])('refuses %s', (_, value, message) => {
    expect(unstorableText(value)).toBe(message)
    const result = z.object({ name: text().trim().min(1).max(100) }).safeParse({ name: value })
    expect(result.success).toBe(false)
    // The refusal is the only message: the field's other checks do not run on such a value.
    expect(fieldErrors(result.error!)).toEqual({ name: [message] })
  })

  it.each(['Zoë Ñúñez', '山田太郎', 'Grüße 你好 😀', '👩🏽‍💻 🇫🇷', 'tab\tand\nnewline', '\uFFFD', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'])('keeps %j', (value) => {
    expect(unstorableText(value)).toBeUndefined()
    expect(text().parse(value)).toBe(value)
  })

  it('names the field in the schemas of each kind of payload', () => {
    const errorsOf = (schema: z.ZodType, value: unknown) => {
      const result = schema.safeParse(value)
      return result.success ? {} : fieldErrors(result.error)
    }
    expect(
      errorsOf(registerSchema, { name: 'a\u0000', email: 'a@b.co', password: 'violet-harbour-engine-42', password_confirmation: 'violet-harbour-engine-42' }),
    ).toEqual({
      name: [NUL_MESSAGE],
    })
    expect(errorsOf(listCompaniesQuerySchema, { q: '\u0000' })).toEqual({ q: [NUL_MESSAGE] })
    expect(errorsOf(createCompanyFormSchema, { name: 'Acme', location: 'Hall\u0000' })).toEqual({ location: [NUL_MESSAGE] })
    expect(
      errorsOf(createBoothFormSchema, {
        company_id: '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c',
        title: 'x\uD800',
        date: '2026-11-24',
        start_time: '09:30',
        end_time: '11:00',
        location: 'A',
      }),
    ).toEqual({
      title: [LONE_SURROGATE_MESSAGE],
    })
    expect(errorsOf(messageEventSchema, { room: '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c', msg: 'hi\u0000' })).toEqual({ msg: [NUL_MESSAGE] })
  })
})
