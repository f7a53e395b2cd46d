import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { UserJson } from '@/lib/schemas/users'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { issueTokenPair } from '@/lib/services/auth/token-pair'
import { purgeExpiredUsers } from '@/lib/services/users/purge-users'
import { fileStorage } from '@/lib/storage/file-storage'
import { send } from '../helpers/http'
import { JPEG_3X2, PDF_BYTES, pngBytes } from '../helpers/images'
import { filesUnder, form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

const uploadDir = withTempUploadDir()
const remove = (headers: Record<string, string>, query = '') => send(api(), 'DELETE', `/api/user/delete-user${query}`, { headers })
const image = (ownerId: string) => fileStorage.put({ bytes: pngBytes(), kind: 'image', ownerId })
const pdf = (ownerId: string) => fileStorage.put({ bytes: PDF_BYTES, kind: 'pdf', ownerId })
const at = (hour: number) => new Date(Date.UTC(2026, 10, 24, hour))

async function booth(companyId: string, createdById: string, files: { imageFileId?: string; pdfFileId?: string }) {
  return db().tradeBooth.create({
    data: { companyId, createdById, title: `Booth ${Math.random()}`, date: at(0), startsAt: at(9), endsAt: at(10), location: 'Hall A', ...files },
  })
}

describe('DELETE /api/user/delete-user', () => {
  // The delete moves the account to the trash (users-trash.test.ts); the purge 30 days later is
  // what the delete did at once before: these are its rules.
  it('deletes the caller’s account and, once purged, companies, booths and their files go; messages and audit entries stay without a user', async () => {
    const victim = await createUser()
    const other = await createUser()
    await issueTokenPair(victim.user.id)
    const edited = await send<UserJson>(api(), 'PATCH', '/api/user/edit-user', {
      headers: victim.bearer,
      body: form({ image: { bytes: pngBytes(), name: 'me.png' }, background_image: { bytes: JPEG_3X2, name: 'bg.jpg' } }),
    })
    expect(edited.status).toBe(200)

    // The victim's company with a booth (and its room), each with files.
    const company = await db().company.create({
      data: { name: 'Victim Co', nameKey: 'victim co', ownerId: victim.user.id, imageFileId: (await image(victim.user.id)).id },
    })
    const ownBooth = await booth(company.id, victim.user.id, { imageFileId: (await image(victim.user.id)).id, pdfFileId: (await pdf(victim.user.id)).id })
    const boothRoom = await db().room.create({ data: { name: 'Booth room', kind: 'booth', boothId: ownBooth.id } })
    await db().message.create({ data: { roomId: boothRoom.id, seq: 1, userId: other.user.id, body: 'hello booth' } })
    // Someone else's company, with a booth the victim created and a brochure the victim uploaded.
    const otherCompany = await db().company.create({ data: { name: 'Other Co', nameKey: 'other co', ownerId: other.user.id } })
    const keptBrochure = await pdf(victim.user.id)
    const otherBooth = await booth(otherCompany.id, victim.user.id, { pdfFileId: keptBrochure.id })
    // A general room the victim created, with a message from them; an unattached upload; an audit entry.
    const general = await db().room.create({ data: { name: 'Lobby', createdById: victim.user.id } })
    const message = await db().message.create({ data: { roomId: general.id, seq: 1, userId: victim.user.id, body: 'bye' } })
    const loose = await image(victim.user.id)
    await recordAudit({ actorId: victim.user.id, action: 'room.created', entityType: 'room', entityId: general.id, details: { name: 'Lobby' } })

    const goneFiles = await db().storedFile.findMany({ where: { ownerId: victim.user.id, id: { not: keptBrochure.id } } })
    expect(goneFiles).toHaveLength(6) // image, background, company image, booth image, booth pdf, loose
    expect(goneFiles.map((file) => file.id)).toContain(loose.id)

    const answer = await remove(victim.bearer)
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ status: 200, data: null })
    // In the trash: files kept, token refused at once.
    expect(await db().storedFile.count({ where: { id: { in: goneFiles.map((file) => file.id) } } })).toBe(goneFiles.length)
    expect((await send(api(), 'GET', '/api/user/profile', { headers: victim.bearer })).status).toBe(401)
    expect(await purgeExpiredUsers(new Date(Date.now() + 31 * 86_400_000))).toBe(1)

    expect(await db().user.findUnique({ where: { id: victim.user.id } })).toBeNull()
    expect(await db().refreshToken.count({ where: { userId: victim.user.id } })).toBe(0)
    expect(await db().company.findUnique({ where: { id: company.id } })).toBeNull()
    expect(await db().tradeBooth.findUnique({ where: { id: ownBooth.id } })).toBeNull()
    expect(await db().room.findUnique({ where: { id: boothRoom.id } })).toBeNull()
    // Files: rows and bytes of everything that went with the user are gone; the kept brochure stays.
    expect(await db().storedFile.count({ where: { id: { in: goneFiles.map((file) => file.id) } } })).toBe(0)
    const onDisk = await filesUnder(uploadDir())
    for (const file of goneFiles) expect(onDisk).not.toContain(file.key)
    expect(onDisk).toContain(keptBrochure.key)
    expect(await db().storedFile.findUniqueOrThrow({ where: { id: keptBrochure.id } })).toMatchObject({ ownerId: null })
    // What stays, without the user.
    expect(await db().tradeBooth.findUniqueOrThrow({ where: { id: otherBooth.id } })).toMatchObject({ createdById: null, pdfFileId: keptBrochure.id })
    expect(await db().room.findUniqueOrThrow({ where: { id: general.id } })).toMatchObject({ createdById: null })
    expect(await db().message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ userId: null, body: 'bye' })
    expect(await db().auditLog.findFirstOrThrow({ where: { action: 'room.created', entityId: general.id } })).toMatchObject({ actorId: null })
    expect(await db().auditLog.findFirstOrThrow({ where: { action: 'user.deleted', entityId: victim.user.id } })).toMatchObject({
      actorId: null,
      details: { self: true },
    })
    // The deleted user's token is refused.
    expect((await send(api(), 'GET', '/api/user/profile', { headers: victim.bearer })).status).toBe(401)
  })

  it('lets an admin delete anyone by ?id=, audited with the admin as actor', async () => {
    const admin = await createUser({ role: 'admin' })
    const target = await createUser()
    expect((await remove(admin.bearer, `?id=${target.user.id}`)).status).toBe(200)
    expect(await db().user.findUniqueOrThrow({ where: { id: target.user.id } })).toMatchObject({ deletedAt: expect.any(Date), deletedById: admin.user.id })
    expect(await db().auditLog.findFirstOrThrow({ where: { action: 'user.deleted', entityId: target.user.id } })).toMatchObject({
      actorId: admin.user.id,
      details: { self: false },
    })
  })

  it('answers 404 to a user or staff member naming someone else, and for unknown ids; 400 for a malformed id', async () => {
    const target = await createUser()
    for (const caller of [await createUser(), await createUser({ role: 'staff' })]) {
      const answer = await remove(caller.bearer, `?id=${target.user.id}`)
      expect(answer.status).toBe(404)
      expect(answer.body.message).not.toContain(target.user.email)
    }
    expect(await db().user.findUnique({ where: { id: target.user.id } })).not.toBeNull()
    const admin = await createUser({ role: 'admin' })
    expect((await remove(admin.bearer, '?id=01900000-0000-7000-8000-000000000000')).status).toBe(404)
    expect((await remove(admin.bearer, '?id=../../etc')).status).toBe(400)
    // A user naming their own id is the same as naming none.
    expect((await remove(target.bearer, `?id=${target.user.id}`)).status).toBe(200)
  })
})
