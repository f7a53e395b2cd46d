// Issue 16 §2 for accounts: deleting an account (DELETE /api/user/delete-user, own or by an admin)
// moves it to the 30-day trash with its live companies and their booths. While there it cannot sign
// in by any path (answered as an unknown account), every session it had is over, and it is in no
// list, search, export, count or lookup; its email stays taken. An admin restores it with exactly
// the companies that went with it, or purges it; housekeeping purges it after 30 days, files too.
import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import { deleteBooth } from '@/lib/services/booths/delete-booth'
import { deleteCompany } from '@/lib/services/companies/delete-company'
import { listTrashedCompanies } from '@/lib/services/companies/list-trashed-companies'
import { restoreCompany } from '@/lib/services/companies/restore-company'
import { signInWithGoogle } from '@/lib/services/auth/sign-in-with-google'
import { getOverview } from '@/lib/services/overview/get-overview'
import { searchRecords } from '@/lib/services/search/search-records'
import { deleteUser } from '@/lib/services/users/delete-user'
import { eachUser } from '@/lib/services/users/each-user'
import { getProfile } from '@/lib/services/users/get-profile'
import { listTrashedUsers } from '@/lib/services/users/list-trashed-users'
import { listUsers } from '@/lib/services/users/list-users'
import { purgeExpiredUsers, purgeUser } from '@/lib/services/users/purge-users'
import { restoreUser } from '@/lib/services/users/restore-user'
import { fileStorage } from '@/lib/storage/file-storage'
import { PASSWORD, bearer, call, login, registerVerified, setupAuthTests, uniqueEmail, withoutRequestId } from '../helpers/auth'
import { insertBooth } from '../helpers/booths'
import { insertCompany } from '../helpers/companies'
import { dashboardCookie } from '../helpers/dashboard-cookie'
import { send } from '../helpers/http'
import { pngBytes } from '../helpers/images'
import { filesUnder, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

const env = setupAuthTests()
const uploadDir = withTempUploadDir()
const DAY_MS = 86_400_000
const remove = (headers: Record<string, string>, query = '') => send(api(), 'DELETE', `/api/user/delete-user${query}`, { headers })
const adminActor = async () => ({ id: (await createUser({ role: 'admin' })).user.id, role: 'admin' as const })
const listQuery = (q: string) => ({ page: 1, page_size: 20, q, sort: '-created_at' })

describe('an account in the trash', () => {
  it('answers the delete as before, then cannot sign in by password, code or refresh token, and every session ends', async () => {
    const email = await registerVerified(env.smtp())
    const session = await login(email)
    const user = await db().user.findUniqueOrThrow({ where: { email } })
    const { cookie, sessionId } = await dashboardCookie(user)
    expect((await send(api(), 'GET', '/api/user/profile', { headers: { cookie } })).status).toBe(200)

    const answer = await remove(bearer(session.access_token))
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ status: 200, message: 'Account deleted', data: null })
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ deletedAt: expect.any(Date), deletedById: user.id })

    // Existing access token, dashboard session and refresh token: refused at once.
    expect((await call('GET', '/api/user/profile', { headers: bearer(session.access_token) })).status).toBe(401)
    expect((await send(api(), 'GET', '/api/user/profile', { headers: { cookie } })).status).toBe(401)
    expect(await db().dashboardSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ revokedAt: expect.any(Date) })
    expect(await db().refreshToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0)
    const refreshed = await call('POST', '/api/auth/refresh', { json: { refresh_token: session.refresh_token } })
    const unknownRefresh = await call('POST', '/api/auth/refresh', { json: { refresh_token: `${session.refresh_token.slice(0, -4)}AAAA` } })
    expect(refreshed.status).toBe(401)
    expect(withoutRequestId(refreshed.body)).toEqual(withoutRequestId(unknownRefresh.body))

    // The right password answers as a wrong one for an unknown account.
    const signIn = await call('POST', '/api/auth/login', { json: { email, password: PASSWORD } })
    const unknown = await call('POST', '/api/auth/login', { json: { email: uniqueEmail('nobody'), password: PASSWORD } })
    expect(signIn.status).toBe(401)
    expect(withoutRequestId(signIn.body)).toEqual(withoutRequestId(unknown.body))

    // An emailed code: same answer as for an unknown address, and no code is made.
    const otp = await call('POST', '/api/auth/send-otp', { json: { email, purpose: 'login' } })
    const otpUnknown = await call('POST', '/api/auth/send-otp', { json: { email: uniqueEmail('nobody'), purpose: 'login' } })
    expect(withoutRequestId(otp.body)).toEqual(withoutRequestId(otpUnknown.body))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await db().oneTimeCode.count({ where: { userId: user.id } })).toBe(0)
    const guess = await call('POST', '/api/auth/verify-otp', { json: { email, otp: '123456', purpose: 'login' } })
    expect(guess.status).toBe(400)

    // The email stays taken: registering it answers as any registration, and only makes a decoy.
    const again = await call('POST', '/api/auth/register', { json: { name: 'Someone', email, password: PASSWORD, password_confirmation: PASSWORD } })
    expect(again.status).toBe(201)
    expect(await db().pendingEmail.findFirstOrThrow({ where: { email }, orderBy: { createdAt: 'desc' } })).toMatchObject({ claimable: false })
    expect(await db().user.count({ where: { email } })).toBe(1)
  })

  it('cannot sign in with Google, linked or by its address, nor have Google make a new account on it', async () => {
    const admin = await adminActor()
    const linked = await createUser()
    const google = (sub: string, email: string) => ({ sub, email, emailVerified: true, name: 'G', picture: null })
    await signInWithGoogle(google(`sub-${linked.user.id}`, linked.user.email))
    const unlinked = await createUser()
    await deleteUser(admin, linked.user.id)
    await deleteUser(admin, unlinked.user.id)
    await expect(signInWithGoogle(google(`sub-${linked.user.id}`, linked.user.email))).rejects.toMatchObject({ code: 'forbidden' })
    await expect(signInWithGoogle(google(`sub-${unlinked.user.id}`, unlinked.user.email))).rejects.toMatchObject({ code: 'forbidden' })
    expect(await db().user.count({ where: { email: { in: [linked.user.email, unlinked.user.email] } } })).toBe(2)
    expect(await db().account.count({ where: { userId: unlinked.user.id } })).toBe(0)
  })

  it('is hidden from the users list, its total, the export, the search, the overview and every lookup (404)', async () => {
    const admin = await createUser({ role: 'admin' })
    const actor = { id: admin.user.id, role: 'admin' as const }
    const target = await createUser()
    const marker = target.user.email
    const before = (await getOverview(actor)).totals.users
    expect((await listUsers(listQuery(marker))).items).toHaveLength(1)
    const totalBefore = (await listUsers({ page: 1, page_size: 1, sort: '-created_at' })).total

    await deleteUser(actor, target.user.id)
    expect((await listUsers(listQuery(marker))).items).toHaveLength(0)
    expect((await listUsers({ page: 1, page_size: 1, sort: '-created_at' })).total).toBe(totalBefore - 1)
    const exported: string[] = []
    for await (const user of eachUser({})) exported.push(user.id)
    expect(exported).not.toContain(target.user.id)
    expect((await searchRecords(actor, marker)).users).toHaveLength(0)
    expect((await getOverview(actor)).totals.users).toBe(before - 1)
    await expect(getProfile(target.user.id)).rejects.toMatchObject({ code: 'not_found' })
    const list = await send<{ items: { id: string }[] }>(api(), 'GET', `/api/auth/all-users-data?q=${encodeURIComponent(marker)}`, { headers: admin.bearer })
    expect(list.status).toBe(200)
    expect(list.body.data.items).toHaveLength(0)
    for (const [method, path, json] of [
      ['PATCH', '/api/auth/assign-role', { user_id: target.user.id, role: 'staff' }],
      ['PATCH', '/api/auth/set-active', { user_id: target.user.id, is_active: false }],
    ] as const) {
      expect((await send(api(), method, path, { headers: admin.bearer, json })).status).toBe(404)
    }
    // Deleting it again is a 404, as for an unknown account.
    expect((await remove(admin.bearer, `?id=${target.user.id}`)).status).toBe(404)
  })

  it('takes its live companies and their booths along, and a restore by an admin brings back exactly those', async () => {
    const owner = await createUser()
    const staff = { id: (await createUser({ role: 'staff' })).user.id, role: 'staff' as const }
    const admin = await adminActor()
    const kept = await insertCompany(owner.user.id)
    const { booth } = await insertBooth(kept.id, { ownerId: owner.user.id })
    const { booth: earlierBooth } = await insertBooth(kept.id, { ownerId: owner.user.id })
    await deleteBooth({ id: owner.user.id, role: 'user' }, earlierBooth.id, new Date(Date.now() - DAY_MS))
    const earlier = await insertCompany(owner.user.id)
    await deleteCompany({ id: owner.user.id, role: 'user' }, earlier.id, new Date(Date.now() - DAY_MS))

    await deleteUser(admin, owner.user.id)
    const { deletedAt } = await db().user.findUniqueOrThrow({ where: { id: owner.user.id } })
    expect(await db().company.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({ deletedAt, deletedById: admin.id })
    expect(await db().tradeBooth.findUniqueOrThrow({ where: { id: booth.id } })).toMatchObject({ deletedAt })
    // Its companies are not in the trash on their own: they come back with the account.
    expect((await listTrashedCompanies(admin)).map((company) => company.id)).not.toContain(kept.id)
    await expect(restoreCompany(admin, kept.id)).rejects.toMatchObject({ code: 'not_found' })
    expect((await listTrashedUsers(admin)).find((row) => row.id === owner.user.id)).toMatchObject({ companies: 1, daysLeft: 30 })
    await expect(listTrashedUsers(staff)).rejects.toMatchObject({ code: 'forbidden' })

    await expect(restoreUser(staff, owner.user.id)).rejects.toMatchObject({ code: 'forbidden' })
    await expect(restoreUser({ id: owner.user.id, role: 'user' }, owner.user.id)).rejects.toMatchObject({ code: 'forbidden' })
    expect(await restoreUser(admin, owner.user.id)).toMatchObject({ companies: 1 })
    expect(await db().user.findUniqueOrThrow({ where: { id: owner.user.id } })).toMatchObject({ deletedAt: null, deletedById: null })
    expect(await db().company.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({ deletedAt: null })
    expect(await db().tradeBooth.findUniqueOrThrow({ where: { id: booth.id } })).toMatchObject({ deletedAt: null })
    expect((await db().tradeBooth.findUniqueOrThrow({ where: { id: earlierBooth.id } })).deletedAt).not.toBeNull()
    expect((await db().company.findUniqueOrThrow({ where: { id: earlier.id } })).deletedAt).not.toBeNull()
    // Restored, but the old sessions stay ended: the access token of before is refused.
    expect((await send(api(), 'GET', '/api/user/profile', { headers: owner.bearer })).status).toBe(401)
    const actions = await db().auditLog.findMany({ where: { entityId: owner.user.id }, orderBy: { createdAt: 'asc' }, select: { action: true, actorId: true } })
    expect(actions).toEqual([
      { action: 'user.deleted', actorId: admin.id },
      { action: 'user.restored', actorId: admin.id },
    ])
    // Not in the trash any more: a second restore is a 404.
    await expect(restoreUser(admin, owner.user.id)).rejects.toMatchObject({ code: 'not_found' })
  })

  it('keeps the last active admin: a trashed admin does not count, and a restore is always allowed', async () => {
    await db().user.updateMany({ where: { role: 'admin' }, data: { isActive: false } })
    const first = await createUser({ role: 'admin' })
    const second = await createUser({ role: 'admin' })
    expect((await remove(first.bearer, `?id=${second.user.id}`)).status).toBe(200)
    const refused = await remove(first.bearer)
    expect(refused.status).toBe(409)
    expect(refused.body.message).toContain('The last active administrator cannot be deleted')
    await restoreUser({ id: first.user.id, role: 'admin' }, second.user.id)
    expect((await remove(first.bearer)).status).toBe(200)
  })

  it('is purged with its files after 30 days (or by an admin’s Delete now), and only then frees the email', async () => {
    const admin = await adminActor()
    const target = await createUser()
    const picture = await fileStorage.put({ bytes: pngBytes(), kind: 'image', ownerId: target.user.id })
    await db().user.update({ where: { id: target.user.id }, data: { imageFileId: picture.id } })
    const company = await insertCompany(target.user.id)
    const now = new Date()
    await deleteUser(admin, target.user.id, now)
    expect(await filesUnder(uploadDir())).toContain(picture.key)

    await expect(purgeUser({ id: target.user.id, role: 'staff' }, target.user.id)).rejects.toMatchObject({ code: 'forbidden' })
    expect(await purgeExpiredUsers(new Date(now.getTime() + 29 * DAY_MS))).toBe(0)
    expect(await db().user.count({ where: { id: target.user.id } })).toBe(1)
    // (with the accounts the tests above left in the trash)
    expect(await purgeExpiredUsers(new Date(now.getTime() + 30 * DAY_MS + 1000))).toBeGreaterThanOrEqual(1)
    expect(await db().user.count({ where: { id: target.user.id } })).toBe(0)
    expect(await db().company.count({ where: { id: company.id } })).toBe(0)
    expect(await db().storedFile.count({ where: { id: picture.id } })).toBe(0)
    expect(await filesUnder(uploadDir())).not.toContain(picture.key)
    expect(await db().auditLog.findFirstOrThrow({ where: { action: 'user.purged', entityId: target.user.id } })).toMatchObject({ actorId: null })
    await expect(restoreUser(admin, target.user.id)).rejects.toMatchObject({ code: 'not_found' })

    // Delete now: admins only, for an account in the trash only.
    const other = await createUser()
    await expect(purgeUser(admin, other.user.id)).rejects.toMatchObject({ code: 'not_found' })
    await deleteUser(admin, other.user.id)
    await purgeUser(admin, other.user.id)
    expect(await db().user.count({ where: { id: other.user.id } })).toBe(0)
    // The address is free again: a registration of it is a claimable one.
    const registered = await call('POST', '/api/auth/register', {
      json: { name: 'New Owner', email: other.user.email, password: PASSWORD, password_confirmation: PASSWORD },
    })
    expect(registered.status).toBe(201)
    expect(await db().pendingEmail.findFirstOrThrow({ where: { email: other.user.email } })).toMatchObject({ claimable: true })
  })
})
