import { describe, expect, it } from 'vitest'
import { boothFormSchema } from '@/lib/schemas/booths'
import { normalizeTimezone, parseBoothDate, parseBoothTime, parseSchedule } from '@/lib/schemas/booth-schedule'

describe('booth-schedule', () => {
  it.each([
    ['2026-11-24', { year: 2026, month: 11, day: 24 }],
    ['24 Nov, 2026', { year: 2026, month: 11, day: 24 }],
    [' 4 nov 2026 ', { year: 2026, month: 11, day: 4 }],
    ['24 November, 2026', { year: 2026, month: 11, day: 24 }],
    ['29 Feb, 2028', { year: 2028, month: 2, day: 29 }],
  ])('reads the date %s', (text, expected) => expect(parseBoothDate(text)).toEqual(expected))

  it.each(['29 Feb, 2026', '2026-13-01', '24/11/2026', 'Nov 24, 2026', '', '2026-11-24T09:30'])('refuses the date %s', (text) =>
    expect(parseBoothDate(text)).toBeNull(),
  )

  it.each([
    ['09:30', { hours: 9, minutes: 30, seconds: 0 }],
    ['09:30:15', { hours: 9, minutes: 30, seconds: 15 }],
    ['09:30AM', { hours: 9, minutes: 30, seconds: 0 }],
    ['9:30 pm', { hours: 21, minutes: 30, seconds: 0 }],
    ['12:00AM', { hours: 0, minutes: 0, seconds: 0 }],
    ['12:15 PM', { hours: 12, minutes: 15, seconds: 0 }],
  ])('reads the time %s', (text, expected) => expect(parseBoothTime(text)).toEqual(expected))

  it.each(['24:00', '9.30', '13:00PM', '0:30 AM', '09:60', 'noon'])('refuses the time %s', (text) => expect(parseBoothTime(text)).toBeNull())

  it('validates IANA zones and respells their case', () => {
    expect(normalizeTimezone('utc')).toBe('UTC')
    expect(normalizeTimezone('america/new_york')).toBe('America/New_York')
    expect(normalizeTimezone('Asia/Kolkata')).toBe('Asia/Kolkata')
    for (const bad of ['Mars/Base', '+05:30', '', 'America/New York', '../etc']) expect(normalizeTimezone(bad)).toBeNull()
  })

  it('moves a time in the spring-forward gap forward, and takes the first of a repeated time', () => {
    const gap = parseSchedule({ date: '2026-03-08', start_time: '02:30', end_time: '04:00', timezone: 'America/New_York' })
    expect(gap.startsAt.toISOString()).toBe('2026-03-08T07:30:00.000Z') // 03:30 EDT
    const repeated = parseSchedule({ date: '2026-11-01', start_time: '01:30', end_time: '03:00', timezone: 'America/New_York' })
    expect(repeated.startsAt.toISOString()).toBe('2026-11-01T05:30:00.000Z') // 01:30 EDT, the first one
    expect(repeated.date.toISOString()).toBe('2026-11-01T00:00:00.000Z')
  })

  it('compares start and end as instants (a start pushed past the end by the gap is refused on end_time)', () => {
    expect(() => parseSchedule({ date: '2026-03-08', start_time: '02:30', end_time: '03:00', timezone: 'America/New_York' })).toThrow(
      expect.objectContaining({ code: 'validation', errors: { end_time: ['The end time must be after the start time'] } }),
    )
  })

  it('gives the dashboard form the same rules', () => {
    const base = {
      company_id: '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c',
      title: 'T',
      date: '24 Nov, 2026',
      start_time: '10:00AM',
      end_time: '9:00AM',
      location: 'Hall A',
    }
    const result = boothFormSchema.safeParse(base)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['end_time'])
    expect(boothFormSchema.parse({ ...base, end_time: '11:00AM' })).toMatchObject({ timezone: 'UTC', description: '' })
  })
})
