import { expect, test, type Locator, type Page } from '@playwright/test'
import { registerUser, submitBooth } from './support/api-client'
import { signIn } from './support/session'

// The dashboard by keyboard: sign-in's focus order, the `?` list of shortcuts, and focus going back
// to the control that opened a dialog when it closes (Escape, Cancel, submit), menus included.

test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' })

const suffix = Date.now().toString(36)

/** Focuses `control` and presses Enter on it: opened by keyboard, as a keyboard user would. */
async function pressOn(control: Locator) {
  await control.focus()
  await control.press('Enter')
}

/** Opens the ⋯ menu of a row by keyboard and chooses `item` from it. */
async function chooseFromRowMenu(page: Page, trigger: Locator, item: string) {
  await pressOn(trigger)
  const entry = page.getByRole('menuitem', { name: item })
  await expect(entry).toBeVisible()
  await entry.focus()
  await entry.press('Enter')
}

test('sign-in starts in the email field, and Tab goes email → password → Sign in', async ({ page }) => {
  await page.goto('/sign-in')
  await expect(page.getByRole('textbox', { name: 'Email' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Password')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeFocused()
})

test.describe('signed in', () => {
  test.beforeEach(async ({ page }) => signIn(page))

  test('? lists the shortcuts, Escape closes the list and focus goes back', async ({ page }) => {
    await page.goto('/users')
    const usersLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users', exact: true })
    await usersLink.focus()
    await page.keyboard.press('Shift+Slash')
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(dialog).toBeVisible()
    for (const label of ['Show these shortcuts', 'Search the table on this page', 'Reject with a reason', 'Accept', 'New line'])
      await expect(dialog.getByText(label, { exact: true }).first()).toBeVisible()
    await page.screenshot({ path: 'test-results/screenshots/shortcuts-dialog.png' })
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(usersLink).toBeFocused()

    // `/` moves to the table's search; a `?` typed there is text, not a shortcut.
    await page.keyboard.press('/')
    const search = page.getByRole('searchbox', { name: /Search/ })
    await expect(search).toBeFocused()
    await page.keyboard.type('?')
    await expect(search).toHaveValue('?')
    await expect(dialog).toBeHidden()
  })

  test('dialogs opened from a row menu give focus back to the menu button', async ({ page, request }) => {
    const member = await registerUser(request, `Focus Member ${suffix}`)
    await page.goto(`/users?q=${encodeURIComponent(member.email)}`)
    const trigger = page.getByRole('button', { name: `Actions for ${member.email}` })
    await expect(trigger).toBeVisible()

    // The sign-ins dialog: Escape, then its × button.
    await chooseFromRowMenu(page, trigger, 'Sign-ins…')
    const signIns = page.getByRole('dialog', { name: /Where .* is signed in/ })
    await expect(signIns).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(signIns).toBeHidden()
    await expect(trigger).toBeFocused()
    await chooseFromRowMenu(page, trigger, 'Sign-ins…')
    await pressOn(signIns.getByRole('button', { name: 'Close' }))
    await expect(signIns).toBeHidden()
    await expect(trigger).toBeFocused()

    // Delete goes to the trash at once (Undo in its toast), as a booth's does: no dialog, the row goes.
    await chooseFromRowMenu(page, trigger, 'Delete')
    await expect(page.getByRole('alertdialog')).toHaveCount(0)
    await expect(trigger).toBeHidden()
  })

  // A booth's delete needs no confirmation any more (it goes to the trash with Undo); a company's still asks.
  test('a company row menu’s delete confirmation gives focus back to the menu button', async ({ page }) => {
    await page.goto('/companies')
    const trigger = page.getByRole('button', { name: /^Actions for / }).first()
    await expect(trigger).toBeVisible()
    const confirm = page.getByRole('alertdialog', { name: /^Delete / })
    await chooseFromRowMenu(page, trigger, 'Delete…')
    await expect(confirm).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(confirm).toBeHidden()
    await expect(trigger).toBeFocused()
    await chooseFromRowMenu(page, trigger, 'Delete…')
    await pressOn(confirm.getByRole('button', { name: 'Cancel' }))
    await expect(confirm).toBeHidden()
    await expect(trigger).toBeFocused()
  })

  test('the review queue’s reject dialog gives focus back to the booth, whose keys keep working', async ({ page, request }) => {
    const owner = await registerUser(request, `Focus Owner ${suffix}`)
    const booth = await submitBooth(request, owner, `Focus booth ${suffix}`)
    await page.goto('/review')
    const row = page.getByRole('list', { name: 'Pending booths' }).getByRole('listitem', { name: `${booth.title}, ${booth.title} Ltd` })
    const reject = page.getByRole('dialog', { name: `Reject ${booth.title}?` })

    // `r` on the row, then Escape: the row again, and `r` works again.
    await row.focus()
    await page.keyboard.press('r')
    await expect(reject).toBeVisible()
    await expect(reject.getByLabel('Reason')).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(reject).toBeHidden()
    await expect(row).toBeFocused()
    await page.keyboard.press('r')
    await expect(reject).toBeVisible()
    await pressOn(reject.getByRole('button', { name: 'Cancel' }))
    await expect(reject).toBeHidden()
    await expect(row).toBeFocused()

    // The row's Reject button, then Escape: the button again.
    const rejectButton = row.getByRole('button', { name: `Reject ${booth.title}` })
    await pressOn(rejectButton)
    await expect(reject).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(reject).toBeHidden()
    await expect(rejectButton).toBeFocused()

    // Sent: the booth leaves the queue and focus stays in the queue, on a booth that answers keys.
    await row.focus()
    await page.keyboard.press('r')
    await page.keyboard.type('Focus test: wrong hall.')
    await page.keyboard.press('Enter')
    await expect(reject).toBeHidden()
    await expect(row).toBeHidden()
    const focusedRow = page.locator('ul[aria-label="Pending booths"] > li:focus')
    await expect(focusedRow).toHaveCount(1)
    await page.keyboard.press('r')
    await expect(page.getByRole('dialog', { name: /^Reject / })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(focusedRow).toHaveCount(1)
  })

  test('the create-room dialog gives focus back to its button: Escape, Cancel and create', async ({ page }) => {
    await page.goto('/rooms')
    const open = page.getByRole('button', { name: 'Create room' })
    const dialog = page.getByRole('dialog', { name: 'Create a room' })
    await pressOn(open)
    await expect(dialog).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(open).toBeFocused()
    await pressOn(open)
    await pressOn(dialog.getByRole('button', { name: 'Cancel' }))
    await expect(dialog).toBeHidden()
    await expect(open).toBeFocused()
    await pressOn(open)
    await page.keyboard.type(`Focus room ${suffix}`)
    await page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expect(open).toBeFocused()
  })
})
