import { expect, test, type Page } from '@playwright/test'
import type { Socket } from 'socket.io-client'
import { ADMIN } from '../../playwright.config'
import { connectSocket, emitWithAck, logIn, registerUser, submitBooth, type ApiUser } from './support/api-client'
import { signIn } from './support/session'

// The live dashboard: a room's chat as staff see it, booth rooms, and pages that update themselves.

test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' })
test.beforeEach(async ({ page }) => signIn(page))
// Live updates arrive within a second or two; a busy CI machine gets more room than expect's default.
const LIVE = { timeout: 15_000 }

const suffix = Date.now().toString(36)
let visitor: ApiUser
const sockets: Socket[] = []

test.beforeAll(async ({ request }) => {
  visitor = await registerUser(request, `Vera Visitor ${suffix}`)
})
test.afterAll(() => {
  for (const socket of sockets) socket.disconnect()
})

async function shoot(page: Page, name: string) {
  await page.mouse.move(0, 0)
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
}

/** Waits until the page's live connection is up (the top bar's pill reads "Live", not "Reconnecting"). */
const connected = (page: Page) => expect(page.getByRole('banner').getByRole('status')).toHaveText(/Live updates:\s*Live$/, LIVE)

/** Marks the document, so a test can tell that the page was updated in place rather than reloaded. */
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { liveMark: string }).liveMark = 'unchanged'))
const documentKept = (page: Page) => page.evaluate(() => (window as unknown as { liveMark?: string }).liveMark)

test('staff create a room and chat live with an app user: messages both ways, removal, mute', async ({ page, baseURL }) => {
  test.setTimeout(120_000)
  const roomName = `Main hall ${suffix}`

  // 1. Created from the rooms page.
  await page.goto('/rooms')
  await connected(page)
  await page.getByRole('button', { name: 'Create room' }).click()
  await page.getByLabel('Name').fill(roomName)
  await page.getByRole('dialog').getByRole('button', { name: 'Create room' }).click()
  await expect(page.getByText(`Room “${roomName}” created.`)).toBeVisible()
  await page.getByRole('table', { name: 'Rooms' }).getByRole('link', { name: roomName, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: roomName })).toBeVisible()
  const roomId = page.url().split('/').at(-1)!
  const members = page.getByRole('list', { name: 'People in this room' })
  await expect(members).toContainText('Administrator (you)')

  // 2. A visitor's app joins and writes: the page shows it without a reload, and who is here.
  const socket = await connectSocket(baseURL!, visitor)
  sockets.push(socket)
  expect((await emitWithAck(socket, 'join_room', { room: roomId })).ok).toBe(true)
  await expect(members).toContainText(visitor.name, LIVE)
  expect((await emitWithAck(socket, 'message', { room: roomId, msg: 'Hello from the app' })).ok).toBe(true)
  const messages = page.getByRole('region', { name: 'Messages' })
  await expect(messages.getByText('Hello from the app')).toBeVisible(LIVE)

  // 3. Staff answer from the composer: Enter sends, Shift+Enter is a new line.
  const heard = new Promise<{ msg: string }>((resolve) =>
    socket.on('message', (message: { msg: string }) => message.msg.startsWith('Welcome') && resolve(message)),
  )
  const composer = page.getByRole('textbox', { name: `Message ${roomName}` })
  await composer.fill('Welcome!')
  await composer.press('Shift+Enter')
  await composer.pressSequentially('Ask us anything.')
  await expect(page.getByText(/25\/2000/)).toBeVisible()
  await composer.press('Enter')
  expect((await heard).msg).toBe('Welcome!\nAsk us anything.')
  await expect(composer).toHaveValue('')
  await expect(messages.getByText('Ask us anything.')).toBeVisible()
  await shoot(page, 'room-light')

  // 4. Moderation: remove the visitor's message, then mute them; their next message is refused.
  await page.getByRole('button', { name: `Actions for the message from ${visitor.name}` }).click()
  await page.getByRole('menuitem', { name: 'Remove message' }).click()
  await expect(messages.getByText('Removed by a moderator')).toBeVisible(LIVE)
  await expect(messages.getByText('Hello from the app')).toHaveCount(0)
  // A removed message has no menu any more: mute from the visitor's next one.
  expect((await emitWithAck(socket, 'message', { room: roomId, msg: 'Second try' })).ok).toBe(true)
  await page.getByRole('button', { name: `Actions for the message from ${visitor.name}` }).click()
  await page.getByRole('menuitem', { name: 'For 15 minutes' }).click()
  await expect(page.getByText(`${visitor.name} is muted in this room for 15 minutes.`)).toBeVisible()
  expect(await emitWithAck(socket, 'message', { room: roomId, msg: 'Am I muted?' })).toMatchObject({ ok: false, code: 'forbidden' })

  // 5. The list, in light and dark.
  await page.goto('/rooms')
  await expect(page.getByRole('table', { name: 'Rooms' }).getByRole('row').filter({ hasText: roomName })).toBeVisible()
  await shoot(page, 'rooms-light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await shoot(page, 'rooms-dark')
  await page.goto(`/rooms/${roomId}`)
  await expect(messages.getByText('Second try')).toBeVisible()
  await shoot(page, 'room-dark')
})

test('an accepted booth gets its room, listed on the rooms page', async ({ page, request }) => {
  test.setTimeout(60_000)
  const title = `Solar kiosk ${suffix}`
  const booth = await submitBooth(request, visitor, title)
  const admin = await logIn(request, ADMIN.email, ADMIN.password)
  const accepted = await request.patch(`/api/tradebooth/status?id=${booth.id}`, { headers: admin.headers, data: { status: 'accepted' } })
  expect(accepted.ok()).toBe(true)

  await page.goto('/rooms')
  await page.getByRole('searchbox', { name: 'Search rooms…' }).fill(title)
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(title)
  const row = page.getByRole('table', { name: 'Rooms' }).getByRole('row').filter({ hasText: title })
  await expect(row).toContainText('Booth')
  await row.getByRole('link', { name: title, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByText('Booth room')).toBeVisible()
})

test('the overview and the review badge update as soon as an exhibitor submits a booth', async ({ page, request }) => {
  test.setTimeout(60_000)
  await page.goto('/')
  await connected(page)
  const pending = page.getByRole('region', { name: 'Key figures' }).getByRole('group', { name: 'Pending booths' })
  const before = Number((await pending.locator('p').first().innerText()).replace(/\D/g, ''))
  const online = page.getByRole('region', { name: 'Key figures' }).getByRole('group', { name: 'Online now' })
  await expect(online).toContainText('People connected now in an app or the dashboard')
  // This page's own connection counts: the figure follows connections live.
  await expect(online.locator('p').first()).toHaveText(/^[1-9]\d*$/, LIVE)
  await markDocument(page)

  await submitBooth(request, visitor, `Wind tunnel ${suffix}`)
  await expect(pending.locator('p').first()).toHaveText(String(before + 1), LIVE)
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review queue' })).toHaveAccessibleDescription(
    new RegExp(`\\b${before + 1} pending`),
    LIVE,
  )
  expect(await documentKept(page)).toBe('unchanged')
})
