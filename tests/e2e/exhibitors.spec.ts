import { expect, test, type Page } from '@playwright/test'
import { gradientPng, minimalDocx, minimalPdf } from './support/fixtures'
import { signIn } from './support/session'

// Exhibitors end to end: a company with a logo, a booth with its three files, a rejection with a
// reason, an edit that resubmits it, and acceptance from the review queue by keyboard.

test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' })
test.beforeEach(async ({ page }) => signIn(page))

const suffix = Date.now().toString(36)
const companyName = `Aurora Optics ${suffix}`
const boothTitle = `Lens lab ${suffix}`
const reason = 'The brochure describes a different product.'
// The demo data puts the first company's booth (Hall A) tomorrow (UTC) at 09:00 for 90 minutes.
const demoDay = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 1))
const demoDate = demoDay.toISOString().slice(0, 10)
const utc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options })
const monthHeading = (date: Date) => utc({ month: 'long', year: 'numeric' }).format(date)
const nextMonth = new Date(Date.UTC(demoDay.getUTCFullYear(), demoDay.getUTCMonth() + 1, 1))

const file = (name: string, mimeType: string, buffer: Buffer) => ({ name, mimeType, buffer })
// By its accessible name: another row may mention this booth as a conflict.
const queueRow = (page: Page) => page.getByRole('list', { name: 'Pending booths' }).getByRole('listitem', { name: `${boothTitle}, ${companyName}` })

async function shoot(page: Page, name: string, fullPage = true) {
  await page.mouse.move(0, 0)
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage })
}

test('a company and its booth go through review: rejected, edited, resubmitted, accepted', async ({ page }) => {
  test.setTimeout(90_000)

  // 1. The company, with a logo.
  await page.goto('/companies/new')
  await page.getByLabel('Name').fill(companyName)
  await page.getByLabel('Location').fill('Lisbon')
  await page.getByLabel('Size').fill('11-50')
  await page.getByLabel('Logo').setInputFiles(file('logo.png', 'image/png', gradientPng()))
  await page.getByRole('button', { name: 'Create company' }).click()
  await expect(page.getByRole('heading', { level: 1, name: companyName })).toBeVisible()
  await expect(page.getByRole('img', { name: `${companyName} logo` })).toBeVisible()

  // The same name again is refused inline, on the name field.
  await page.goto('/companies/new')
  await page.getByLabel('Name').fill(companyName.toUpperCase())
  await page.getByRole('button', { name: 'Create company' }).click()
  await expect(page.locator('#company-name-error')).toContainText('already exists')

  // 2. A booth with its image, PDF and DOCX, from the company's page.
  await page.goto('/companies')
  await page.getByRole('link', { name: companyName }).click()
  await page.getByRole('link', { name: 'New booth' }).click()
  await expect(page.getByLabel('Company')).toHaveValue(/.+/)
  await page.getByLabel('Title').fill(boothTitle)
  await page.getByLabel('Date').fill('2027-03-15')
  await page.getByLabel('Starts').fill('10:00')
  await page.getByLabel('Ends').fill('11:30')
  await page.getByLabel('Time zone').selectOption('Europe/Lisbon')
  await page.getByLabel('Location').fill(`Hall C, stand ${suffix}`)
  await page.getByLabel('Description').fill('Hands-on demos of adaptive lenses.')
  await page.getByLabel('Image').setInputFiles(file('booth.png', 'image/png', gradientPng(96, [234, 88, 12], [250, 204, 21])))
  await page.getByLabel('PDF brochure').setInputFiles(file('brochure.pdf', 'application/pdf', minimalPdf()))
  await page
    .getByLabel('Word brochure')
    .setInputFiles(file('brochure.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', minimalDocx()))
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.getByRole('heading', { level: 1, name: boothTitle })).toBeVisible()
  await expect(page.getByRole('main').getByText('Pending', { exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'PDF brochure' })).toHaveAttribute('href', /.+/)
  await expect(page.getByRole('link', { name: 'Word brochure' })).toHaveAttribute('href', /.+/)
  await expect(page.getByRole('img', { name: `Image of ${boothTitle}` })).toBeVisible()
  const boothUrl = page.url()

  await page.goto('/booths')
  await expect(page.getByRole('table', { name: 'Trade booths' }).getByRole('row').filter({ hasText: boothTitle })).toBeVisible()
  await shoot(page, 'booths')

  // 3. Rejected from the review queue: focus the row, `r`, type the reason, Enter.
  await page.goto('/review')
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review queue' })).toHaveAccessibleDescription(/\d+ pending/)
  // The row shows what is being judged: the image, the description and both brochures.
  await expect(queueRow(page).locator('img')).toHaveAttribute('src', /.+/)
  await expect(queueRow(page)).toContainText('Hands-on demos of adaptive lenses.')
  await expect(queueRow(page).getByRole('link', { name: 'PDF brochure' })).toHaveAttribute('href', /.+/)
  await expect(queueRow(page).getByRole('link', { name: 'Word brochure' })).toHaveAttribute('href', /.+/)
  await queueRow(page).focus()
  await page.keyboard.press('r')
  await expect(page.getByLabel('Reason')).toBeFocused()
  await page.keyboard.type(reason)
  await page.keyboard.press('Enter')
  await expect(page.getByText('Booth rejected; the owner has been told why.')).toBeVisible()
  await expect(queueRow(page)).toHaveCount(0)

  // 4. The owner's side: the reason shows; an edit resubmits it.
  await page.goto(boothUrl)
  await expect(page.getByRole('note').filter({ hasText: reason })).toBeVisible()
  await page.getByRole('link', { name: 'Edit' }).click()
  await page.getByLabel('Description').fill('Hands-on demos of adaptive lenses, with the right brochure.')
  await page.getByLabel('PDF brochure').setInputFiles(file('brochure-v2.pdf', 'application/pdf', minimalPdf()))
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Saved and sent back for review.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: boothTitle })).toBeVisible()

  // 5. Accepted from the queue with one key.
  await page.goto('/review')
  await queueRow(page).focus()
  await page.keyboard.press('a')
  await expect(page.getByText('1 booth accepted.')).toBeVisible()
  await expect(queueRow(page)).toHaveCount(0)

  // 6. Moving an accepted booth (onto a demo booth's slot in Hall A) sends it back, with a diff and a conflict flag.
  await page.goto(`${boothUrl}/edit`)
  await page.getByLabel('Date').fill(demoDate)
  await page.getByLabel('Starts').fill('09:30')
  await page.getByLabel('Ends').fill('10:30')
  await page.getByLabel('Time zone').selectOption('UTC')
  await page.getByLabel('Location').fill('Hall A')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Saved and sent back for review.')).toBeVisible()

  await page.goto('/review')
  const row = queueRow(page)
  await expect(row.getByText('Changed since accepted')).toBeVisible()
  const diff = row.getByRole('definition')
  await expect(row.getByLabel('Changed since accepted')).toContainText('Hall C, stand')
  await expect(diff.filter({ hasText: 'Hall A' })).toHaveCount(1)
  await expect(row.getByText(/Overlaps \d+ booth/)).toBeVisible()
  await shoot(page, 'review-queue')
  await row.focus()
  await page.keyboard.press('a')
  await expect(page.getByText('1 booth accepted.')).toBeVisible()
  await expect(queueRow(page)).toHaveCount(0)

  await page.goto(boothUrl)
  const history = page.getByRole('list', { name: 'Status history' })
  await expect(history.getByRole('listitem')).toHaveText([/Submitted/, /Rejected/, /Resubmitted/, /Accepted/, /Resubmitted/, /Accepted/])
  await expect(history).toContainText(reason)
})

test('the calendar shows booths on their local dates, and the audit log records the decisions', async ({ page }) => {
  await page.goto(`/calendar?view=month&at=${demoDate.slice(0, 7)}`)
  await expect(page.getByRole('heading', { name: monthHeading(demoDay) })).toBeVisible()
  // The first test left its booth accepted on the demo day, 09:30 UTC.
  // The calendar names days with the viewer's formatter ('en': "Tuesday, December 8"; the British order is accepted too).
  const dayNames = ['en', 'en-GB'].map((locale) =>
    new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(demoDay),
  )
  const day = page.getByRole('listitem', { name: new RegExp(`^(?:${dayNames.join('|')}):`) })
  await expect(day.getByRole('link', { name: new RegExp(boothTitle) })).toBeVisible()
  await page.getByRole('link', { name: 'Next month' }).click()
  await expect(page.getByRole('heading', { name: monthHeading(nextMonth) })).toBeVisible()
  await page.goto(`/calendar?view=month&at=${demoDate.slice(0, 7)}`)
  await shoot(page, 'calendar')

  // Each entry reads as a sentence with what changed, and the address the dashboard action came from.
  await page.goto('/audit')
  const log = page.getByRole('table', { name: 'Audit log' })
  const accepted = log.getByRole('row').filter({ hasText: `Administrator accepted ${boothTitle}` })
  await expect(accepted.first()).toContainText('Status: pending → accepted')
  await expect(accepted.first()).toContainText('127.0.0.1')
  await expect(log).not.toContainText('booth.accepted')
  await expect(log).not.toContainText('null')
  await shoot(page, 'audit')
  await page.getByRole('button', { name: 'Action' }).click()
  await page.getByRole('menuitemradio', { name: 'Booth · rejected' }).click()
  await expect.poll(() => new URL(page.url()).searchParams.get('action')).toBe('booth.rejected')
  await expect(log.getByRole('row').filter({ hasText: ' accepted ' })).toHaveCount(0)
  const rejected = log.getByRole('row').filter({ hasText: `Administrator rejected ${boothTitle}` })
  await expect(rejected).toContainText(`Reason: ${reason}`)
  // The record's link opens it.
  await rejected.getByRole('link', { name: boothTitle }).click()
  await expect(page.getByRole('heading', { level: 1, name: boothTitle })).toBeVisible()
})

test('companies and booths export the current filter as CSV', async ({ page }) => {
  const booths = await page.request.get(`/booths/export?q=${encodeURIComponent(boothTitle)}&status=accepted`)
  expect(booths.headers()['content-type']).toContain('text/csv')
  const boothLines = (await booths.text()).trim().split('\n')
  expect(boothLines[0]).toBe(
    'id,title,company_id,company_name,date,start_time,end_time,timezone,starts_at,ends_at,location,status,reason,image_url,pdf_url,docx_url,created_at',
  )
  expect(boothLines).toHaveLength(2)
  expect(boothLines[1]).toContain(`${boothTitle},`)
  expect(boothLines[1]).toContain(',accepted,')

  const companies = await page.request.get(`/companies/export?q=${encodeURIComponent(companyName)}`)
  const companyLines = (await companies.text()).trim().split('\n')
  expect(companyLines[0]).toBe('id,name,location,size,owner_email,image_url,created_at')
  expect(companyLines).toHaveLength(2)
  expect(companyLines[1]).toContain(companyName)
})

test('staff re-open a decided booth from its page: back in the queue, in the history and in the activity', async ({ page }) => {
  // The first test left its booth accepted.
  await page.goto(`/booths?q=${encodeURIComponent(boothTitle)}`)
  await page.getByRole('table', { name: 'Trade booths' }).getByRole('link', { name: boothTitle, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: boothTitle })).toBeVisible()
  const boothPath = new URL(page.url()).pathname
  await page.getByRole('button', { name: 'Re-open for review…' }).click()
  const dialog = page.getByRole('dialog', { name: `Re-open ${boothTitle} for review?` })
  await expect(dialog).toContainText('leaves the public listings')
  await dialog.getByLabel('Note for the owner (optional)').fill('The keynote moved; please check your slot.')
  await shoot(page, 'booth-reopen-dialog', false)
  await dialog.getByRole('button', { name: 'Re-open for review' }).click()
  await expect(page.getByText('Booth re-opened for review; the owner has been told.')).toBeVisible()
  await expect(page.getByRole('main').getByText('Pending', { exact: true })).toBeVisible()
  const history = page.getByRole('list', { name: 'Status history' }).getByRole('listitem')
  await expect(history.last()).toContainText('Re-opened for review')
  await expect(history.last()).toContainText('The keynote moved; please check your slot.')
  await shoot(page, 'booth-reopened')

  await page.goto('/review')
  await expect(queueRow(page)).toBeVisible()

  // The overview says it in words, and its links lead to the booth.
  await page.goto('/')
  const activity = page
    .getByRole('list', { name: 'Recent activity' })
    .getByRole('listitem')
    .filter({ hasText: `Administrator re-opened ${boothTitle} for review` })
  await expect(activity).toContainText('Status: accepted → pending')
  await expect(activity).toContainText('Reason: The keynote moved; please check your slot.')
  await expect(activity).toContainText('127.0.0.1')
  await shoot(page, 'overview-activity')
  await activity.getByRole('link', { name: boothTitle }).click()
  await expect(page).toHaveURL(new RegExp(`${boothPath}$`))
})

test('a seeded rejection shows in its history, and staff turn the decision round after a confirm naming the booth', async ({ page }) => {
  const title = 'Meet the founders — Northwind Robotics'
  await page.goto(`/booths?q=${encodeURIComponent('Meet the founders')}`)
  await page.getByRole('table', { name: 'Trade booths' }).getByRole('link', { name: title, exact: true }).click()
  const history = page.getByRole('list', { name: 'Status history' }).getByRole('listitem')
  await expect(history).toHaveText([/Submitted/, /Rejected.*Overlaps with the keynote/])
  await page.getByRole('button', { name: 'Change decision…' }).click()
  const confirm = page.getByRole('alertdialog', { name: `Accept ${title}?` })
  await expect(confirm).toContainText('The rejection is withdrawn')
  await confirm.getByRole('button', { name: 'Accept booth' }).click()
  await expect(page.getByText('1 booth accepted.')).toBeVisible()
  await expect(history).toHaveText([/Submitted/, /Rejected/, /Accepted/])
  await expect(page.getByRole('button', { name: 'Re-open for review…' })).toBeVisible()
})

test('the API reference renders the OpenAPI document with nothing from the internet', async ({ page }) => {
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http')) foreign.push(request.url())
  })
  await page.goto('/api-docs')
  const sidebar = page.getByRole('complementary', { name: /Sidebar for VI Cross API/ })
  await expect(sidebar.getByRole('link', { name: 'Trade booths' })).toBeVisible({ timeout: 15_000 })
  await sidebar.getByRole('link', { name: 'Trade booths' }).click()
  await expect(page.getByText('/api/tradebooth/create-tradebooth').first()).toBeVisible()
  // The viewport only: Scalar's page is many screens long.
  await shoot(page, 'api-docs', false)
  expect(foreign).toEqual([])
})

test('the API reference shows the live events (AsyncAPI) beside the REST API, in light and dark', async ({ page }) => {
  await page.goto('/api-docs')
  const sections = page.getByRole('navigation', { name: 'API reference sections' })
  await expect(sections.getByRole('link', { name: 'REST API (OpenAPI)' })).toHaveAttribute('aria-current', 'page')
  // Scalar lays out the whole document on the main thread first: a click before it has finished
  // waits behind it, which on a busy two-core runner took longer than the default 5 s.
  const scalar = page.getByRole('complementary', { name: /Sidebar for VI Cross API/ })
  await expect(scalar.getByRole('link', { name: 'Trade booths' })).toBeVisible({ timeout: 15_000 })
  await sections.getByRole('link', { name: 'Live events (AsyncAPI)' }).click()
  await expect(page).toHaveURL(/\/api-docs\?view=live$/, { timeout: 15_000 })
  await expect(sections.getByRole('link', { name: 'Live events (AsyncAPI)' })).toHaveAttribute('aria-current', 'page')

  // Headings in order: the page's h1, a section per direction (h2), an event per h3.
  await expect(page.getByRole('heading', { level: 1, name: 'API reference' })).toBeVisible()
  const toServer = page.getByRole('region', { name: /Client → server events/ })
  const toClient = page.getByRole('region', { name: /Server → client events/ })
  for (const event of ['join_room', 'message', 'authenticate'])
    await expect(toServer.getByRole('heading', { level: 3, name: event, exact: true })).toBeVisible()
  for (const event of ['message', 'presence', 'booth_status']) await expect(toClient.getByRole('heading', { level: 3, name: event, exact: true })).toBeVisible()
  // Payload and acknowledgement fields as tables named by their caption; `room` of a message is optional.
  const messagePayload = toServer.getByRole('table', { name: /^message: payload/ })
  await expect(messagePayload.getByRole('row', { name: /^room / }).getByRole('cell', { name: 'no', exact: true })).toBeVisible()
  await expect(toServer.getByRole('table', { name: /^join_room: acknowledgement/ })).toBeVisible()
  await expect(toClient.getByRole('table', { name: /^booth_status: payload/ }).getByRole('rowheader', { name: 'changed_at' })).toBeVisible()
  // The raw document is one link away, and serves JSON.
  const raw = page.getByRole('link', { name: /Raw document/ })
  await expect(raw).toHaveAttribute('href', '/api/asyncapi.json')
  expect((await (await page.request.get('/api/asyncapi.json')).json()).asyncapi).toBe('3.0.0')

  await page.mouse.move(0, 0)
  await page.screenshot({ path: 'tests/.artifacts/e2e/screenshots/api-docs-live-events-light.png', fullPage: true })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.evaluate(() => localStorage.setItem('theme', 'dark'))
  await page.reload()
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await expect(toClient.getByRole('heading', { level: 3, name: 'booth_status', exact: true })).toBeVisible()
  await page.screenshot({ path: 'tests/.artifacts/e2e/screenshots/api-docs-live-events-dark.png', fullPage: true })
})

test('the activity, the audit log and a booth’s decisions read on a 390 px phone, in the dark, with no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(`/booths?q=${encodeURIComponent(boothTitle)}`)
  await page.getByRole('table', { name: 'Trade booths' }).getByRole('link', { name: boothTitle, exact: true }).click()
  const history = page.getByRole('list', { name: 'Status history' }).getByRole('listitem')
  await expect(history.last()).toContainText('Re-opened for review')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await shoot(page, 'booth-history-phone-dark')

  await page.goto('/audit')
  await expect(
    page
      .getByRole('table', { name: 'Audit log' })
      .getByRole('row')
      .filter({ hasText: `Administrator re-opened ${boothTitle}` }),
  ).toBeVisible()
  // The table scrolls inside its own frame; the page does not.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await shoot(page, 'audit-phone-dark')

  // The overview's activity card fits (the charts' screen-reader tables are another matter).
  await page.goto('/')
  const activity = page.getByRole('list', { name: 'Recent activity' })
  await expect(activity.getByRole('listitem').filter({ hasText: `Administrator re-opened ${boothTitle} for review` })).toBeVisible()
  const box = await activity.boundingBox()
  expect(box!.x + box!.width).toBeLessThanOrEqual(390)
  expect(await activity.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0)
  await shoot(page, 'overview-activity-phone-dark')
})
