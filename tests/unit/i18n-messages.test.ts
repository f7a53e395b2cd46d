import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import { LOCALES } from '@/lib/i18n/locales'
import { messages } from '@/messages'

/*
 * Every language has exactly English's keys, every message parses, uses the same placeholders as
 * English, and is translated: an Arabic message identical to its English one with Latin words in
 * it is an untranslated key, unless it is listed here (names and codes that read the same in both).
 */
const SAME_IN_EVERY_LANGUAGE = new Set(['common.appName'])

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text)
  }
  return out
}

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue
    into.add(`${element.value}:${TYPE[element.type]}`)
    if (element.type === TYPE.tag) argumentsOf(element.children, into)
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) argumentsOf(option.value, into)
  }
  return into
}

const english = flatten(messages.en as unknown as Tree)

describe.each(LOCALES.filter((locale) => locale !== 'en'))('%s messages', (locale) => {
  const translated = flatten(messages[locale] as unknown as Tree)

  it('has every English key and no other', () => {
    expect(
      [...translated.keys()].filter((key) => !english.has(key)),
      'keys only in this language',
    ).toEqual([])
    expect(
      [...english.keys()].filter((key) => !translated.has(key)),
      'keys missing in this language',
    ).toEqual([])
  })

  it('translates every message', () => {
    const untranslated = [...english].filter(([key, text]) => !SAME_IN_EVERY_LANGUAGE.has(key) && translated.get(key) === text && /[A-Za-z]{2}/.test(text))
    expect(untranslated.map(([key]) => key)).toEqual([])
    expect(
      [...translated].filter(([, text]) => text.trim() === '').map(([key]) => key),
      'empty messages',
    ).toEqual([])
  })

  it('uses the same placeholders and tags as English, in valid ICU syntax', () => {
    const mismatched: string[] = []
    for (const [key, text] of english) {
      const other = translated.get(key)
      if (other === undefined) continue
      const want = [...argumentsOf(parse(text))].sort()
      const got = [...argumentsOf(parse(other))].sort()
      if (want.join() !== got.join()) mismatched.push(`${key}: ${want.join(' ')} ≠ ${got.join(' ')}`)
    }
    expect(mismatched).toEqual([])
  })
})

it('English messages parse as ICU', () => {
  for (const [key, text] of english) expect(() => parse(text), key).not.toThrow()
})
