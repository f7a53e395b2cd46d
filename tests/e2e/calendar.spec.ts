import { expect, test } from '@playwright/test'
import { signIn } from './support/session'

// The calendar's week view on a time axis, and the agenda phones get instead of the grids.
// The demo show puts the first company's booths tomorrow (UTC) at 09:00, 11:00 and 13:00, 90 minutes each.
test.beforeEach(async ({ page }) => signIn(page))

const tomorrow = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 1))
// Day names come from the page's formatter in the viewer's language ('en': "Tuesday, December 8"); the
// British order the page used before is accepted too, so the spec does not pin one English variant.
const dayOf = (locale: string) => new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(tomorrow)
const dayName = `(?:${dayOf('en')}|${dayOf('en-GB')})`
const HOUR_PX = 48

test.describe('desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' })

  test('the week view places each booth on a time axis by its local start and end', async ({ page }) => {
    await page.goto(`/calendar?view=week&at=${tomorrow.toISOString().slice(0, 10)}`)
    const day = page.getByRole('list', { name: new RegExp(`^${dayName}: \\d+ booths`) })
    const booths = day.getByRole('link', { name: /Northwind Robotics/ })
    await expect(booths.first()).toBeVisible()
    await expect(page.getByText('09:00', { exact: true })).toBeVisible()

    const column = (await day.boundingBox())!
    const boxes = await booths.evaluateAll((links) => links.map((link) => link.getBoundingClientRect()).map(({ top, height }) => ({ top, height })))
    // The axis starts at 08:00: 09:00 is one hour down, and 90 minutes are an hour and a half tall.
    const offsets = boxes.map((box) => Math.round(((box.top - column.y) / HOUR_PX) * 2) / 2).sort((a, b) => a - b)
    expect(offsets.slice(0, 1)).toEqual([1])
    for (const box of boxes) expect(Math.abs(box.height - 1.5 * HOUR_PX)).toBeLessThanOrEqual(2)
    await page.screenshot({ path: 'test-results/screenshots/calendar-week.png', fullPage: true })
  })
})

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('a phone gets the agenda: days with their booths as a list', async ({ page }) => {
    await page.goto(`/calendar?view=week&at=${tomorrow.toISOString().slice(0, 10)}`)
    const agenda = page.getByRole('list', { name: 'Booths by day' })
    await expect(agenda).toBeVisible()
    await expect(agenda.getByRole('heading', { name: new RegExp(dayName) })).toBeVisible()
    await expect(agenda.getByRole('link', { name: /09:00–10:30.*Northwind Robotics/ }).first()).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await page.screenshot({ path: 'test-results/screenshots/calendar-agenda-mobile.png', fullPage: true })
  })
})
