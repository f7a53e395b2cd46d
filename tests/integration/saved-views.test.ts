import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { SAVED_VIEWS_MAX } from '@/lib/schemas/saved-views'
import { deleteSavedView, listSavedViews, saveView } from '@/lib/services/saved-views/saved-views'

type Who = { id: string; role: 'admin' | 'staff' }
let admin: Who
let staff: Who

beforeAll(async () => {
  const select = { id: true } as const
  admin = { ...(await db().user.create({ data: { email: 'admin@views.test', role: 'admin' }, select })), role: 'admin' }
  staff = { ...(await db().user.create({ data: { email: 'staff@views.test', role: 'staff' }, select })), role: 'staff' }
})

describe('saved views', () => {
  it('keeps a table state under a name, without the page number, and lists it for its owner only', async () => {
    const view = await saveView(staff, {
      page: '/booths',
      name: '  Pending in Hall A ',
      query: '?status=pending&q=Hall+A&page=3&sort=-created_at',
      columns: { location: false },
    })
    expect(view).toMatchObject({ page: '/booths', name: 'Pending in Hall A', query: 'status=pending&q=Hall+A&sort=-created_at', columns: { location: false } })
    expect(await listSavedViews(staff)).toEqual([view])
    expect(await listSavedViews(admin)).toEqual([])
  })

  it('replaces a view saved again under the same name, keeping its place', async () => {
    const first = await saveView(staff, { page: '/companies', name: 'Big ones', query: 'q=a', columns: {} })
    const again = await saveView(staff, { page: '/companies', name: 'Big ones', query: 'q=b', columns: { size: true } })
    expect(again.id).toBe(first.id)
    expect((await listSavedViews(staff)).map((view) => [view.name, view.query])).toEqual([
      ['Pending in Hall A', 'status=pending&q=Hall+A&sort=-created_at'],
      ['Big ones', 'q=b'],
    ])
  })

  it('refuses pages without a table, blank names and admin pages for staff', async () => {
    await expect(saveView(staff, { page: '/profile' as '/booths', name: 'x', query: '', columns: {} })).rejects.toMatchObject({
      code: 'validation',
      errors: { page: ['This page has no table to save'] },
    })
    await expect(saveView(staff, { page: '/booths', name: '   ', query: '', columns: {} })).rejects.toMatchObject({
      code: 'validation',
      errors: { name: ['Give the view a name'] },
    })
    await expect(saveView(staff, { page: '/users', name: 'Admins', query: 'role=admin', columns: {} })).rejects.toMatchObject({ code: 'forbidden' })
  })

  it('hides views of pages the role no longer opens', async () => {
    const demoted = { ...(await db().user.create({ data: { email: 'was-admin@views.test', role: 'admin' }, select: { id: true } })), role: 'admin' as const }
    await saveView(demoted, { page: '/users', name: 'Admins', query: 'role=admin', columns: {} })
    await saveView(demoted, { page: '/rooms', name: 'Rooms', query: '', columns: {} })
    expect((await listSavedViews({ ...demoted, role: 'staff' })).map((view) => view.name)).toEqual(['Rooms'])
  })

  it('deletes only its owner’s views: anyone else’s is not found', async () => {
    const [view] = await listSavedViews(staff)
    await expect(deleteSavedView(admin, view!.id)).rejects.toMatchObject({ code: 'not_found', message: 'Saved view not found' })
    await expect(deleteSavedView(staff, 'not-a-uuid')).rejects.toMatchObject({ code: 'not_found' })
    await deleteSavedView(staff, view!.id)
    expect((await listSavedViews(staff)).map((item) => item.name)).toEqual(['Big ones'])
  })

  it(`keeps at most ${SAVED_VIEWS_MAX} views a person, but a full list can still replace one`, async () => {
    for (let n = 0; n < SAVED_VIEWS_MAX; n++) await saveView(admin, { page: '/audit', name: `View ${n}`, query: '', columns: {} })
    await expect(saveView(admin, { page: '/audit', name: 'One too many', query: '', columns: {} })).rejects.toMatchObject({
      code: 'validation',
      errors: { name: [`At most ${SAVED_VIEWS_MAX} views`] },
    })
    await expect(saveView(admin, { page: '/audit', name: 'View 7', query: 'action=booth.', columns: {} })).resolves.toMatchObject({ query: 'action=booth.' })
  })
})
