import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { HITS_PER_KIND, searchRecords } from '@/lib/services/search/search-records'

/*
 * The command palette's search: names containing the text, prefix matches first, at most
 * HITS_PER_KIND per kind, under the lists' visibility rules (users for admins only; a booth under
 * review only for staff and its company's owner).
 */
const prisma = () => db()
let admin: { id: string; role: 'admin' }
let staff: { id: string; role: 'staff' }
let owner: { id: string; role: 'user' }

beforeAll(async () => {
  const select = { id: true } as const
  admin = { ...(await prisma().user.create({ data: { email: 'root@search.test', name: 'Root', role: 'admin' }, select })), role: 'admin' }
  staff = { ...(await prisma().user.create({ data: { email: 'sam@search.test', name: 'Sam Staff', role: 'staff' }, select })), role: 'staff' }
  owner = { ...(await prisma().user.create({ data: { email: 'nora.north@search.test', name: 'Nora', role: 'user' }, select })), role: 'user' }
  const northwind = await prisma().company.create({ data: { name: 'Northwind Traders', nameKey: 'northwind traders', ownerId: owner.id }, select })
  await prisma().company.create({ data: { name: 'Far North 100% Foods', nameKey: 'far north 100% foods', ownerId: owner.id }, select })
  const slot = (n: number) => ({
    companyId: northwind.id,
    date: new Date('2026-12-01T00:00:00Z'),
    startsAt: new Date(`2026-12-01T0${n}:00:00Z`),
    endsAt: new Date(`2026-12-01T0${n}:30:00Z`),
    location: `Hall ${n}`,
  })
  const accepted = await prisma().tradeBooth.create({ data: { ...slot(1), title: 'Live demo — Northwind', status: 'accepted' }, select })
  await prisma().tradeBooth.create({ data: { ...slot(2), title: 'Northwind tasting (pending)', status: 'pending' }, select })
  await prisma().room.create({ data: { name: 'Live demo — Northwind', kind: 'booth', boothId: accepted.id } })
  await prisma().room.create({ data: { name: 'Northern lobby' } })
  for (let n = 0; n < HITS_PER_KIND + 3; n++) await prisma().room.create({ data: { name: `Overflow north ${n}` } })
})

describe('searchRecords', () => {
  it('finds each kind by part of its name, case-insensitively, names starting with the text first', async () => {
    const hits = await searchRecords(admin, 'NORTH')
    expect(hits.companies.map((company) => company.name)).toEqual(['Northwind Traders', 'Far North 100% Foods'])
    expect(hits.booths.map((booth) => [booth.title, booth.companyName, booth.status])).toEqual([
      ['Northwind tasting (pending)', 'Northwind Traders', 'pending'],
      ['Live demo — Northwind', 'Northwind Traders', 'accepted'],
    ])
    expect(hits.rooms).toHaveLength(HITS_PER_KIND)
    expect(hits.rooms[0]).toMatchObject({ name: 'Northern lobby' })
    expect(hits.users).toEqual([{ id: owner.id, name: 'Nora', email: 'nora.north@search.test' }])
  })

  it('shows users to admins only: staff do not manage accounts', async () => {
    expect((await searchRecords(staff, 'nora')).users).toEqual([])
    expect((await searchRecords(admin, 'nora')).users).toHaveLength(1)
  })

  it('treats % and _ as text, not as wildcards', async () => {
    const hits = await searchRecords(staff, '100%')
    expect(hits.companies.map((company) => company.name)).toEqual(['Far North 100% Foods'])
    expect((await searchRecords(staff, '_')).companies).toEqual([])
  })

  it('answers nothing for blank text without querying', async () => {
    expect(await searchRecords(staff, '   ')).toEqual({ users: [], companies: [], booths: [], rooms: [] })
  })

  it('refuses plain users, even owners whose booths it would find', async () => {
    await expect(searchRecords(owner, 'north')).rejects.toMatchObject({ code: 'forbidden' })
  })
})

describe('searchRecords and the trash', () => {
  it('finds nothing that is in the trash: companies, their booths and those booths’ rooms', async () => {
    const company = await db().company.findFirstOrThrow({ where: { name: 'Northwind Traders' }, select: { id: true } })
    const when = new Date()
    await db().company.update({ where: { id: company.id }, data: { deletedAt: when } })
    await db().tradeBooth.updateMany({ where: { companyId: company.id }, data: { deletedAt: when } })
    const hits = await searchRecords(admin, 'northwind')
    expect(hits.companies).toEqual([])
    expect(hits.booths).toEqual([])
    expect(hits.rooms).toEqual([])
  })
})
