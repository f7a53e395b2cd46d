import { beforeAll, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { UserJson } from '@/lib/schemas/users'
import { send } from '../helpers/http'
import { pngBytes } from '../helpers/images'
import { form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

withTempUploadDir()

const edit = (headers: Record<string, string>, fields: Parameters<typeof form>[0]) =>
  send<UserJson>(api(), 'PATCH', '/api/user/edit-user', { headers, body: form(fields) })

describe('GET /api/user/profile', () => {
  it('answers the caller’s own profile, without secrets', async () => {
    const { user, bearer } = await createUser()
    const answer = await send<UserJson>(api(), 'GET', '/api/user/profile', { headers: bearer })
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({
      status: 200,
      data: { id: user.id, email: user.email, role: 'user', email_verified: true, is_active: true, image_url: null },
    })
    expect(Object.keys(answer.body.data).sort()).toEqual([
      'background_image_url',
      'company',
      'created_at',
      'email',
      'email_verified',
      'id',
      'image_url',
      'is_active',
      'name',
      'role',
    ])
  })

  it('answers 401 without credentials', async () => {
    expect((await send(api(), 'GET', '/api/user/profile')).status).toBe(401)
  })
})

describe('PATCH /api/user/edit-user', () => {
  let caller: Awaited<ReturnType<typeof createUser>>
  beforeAll(async () => {
    caller = await createUser()
  })

  it('changes name and company; an empty company clears it', async () => {
    const answer = await edit(caller.bearer, { name: '  Ada Lovelace ', company: 'Analytical Engines' })
    expect(answer.status).toBe(200)
    expect(answer.body.data).toMatchObject({ name: 'Ada Lovelace', company: 'Analytical Engines' })
    const cleared = await edit(caller.bearer, { company: '' })
    expect(cleared.body.data).toMatchObject({ name: 'Ada Lovelace', company: null })
  })

  it('refuses invalid fields with 400 and errors per field', async () => {
    const answer = await edit(caller.bearer, { name: '', email: 'not-an-email' })
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toHaveProperty('name')
    expect(answer.body.errors).toHaveProperty('email')
  })

  it('refuses fields a user may not write (role, is_active) instead of ignoring them', async () => {
    const answer = await edit(caller.bearer, { name: 'X', role: 'admin', is_active: 'true' })
    expect(answer.status).toBe(400)
    const row = await db().user.findUniqueOrThrow({ where: { id: caller.user.id }, select: { role: true, name: true } })
    expect(row).toEqual({ role: 'user', name: 'Ada Lovelace' })
  })

  it('answers 400 for a malformed multipart body and 415 for JSON', async () => {
    const malformed = await send(api(), 'PATCH', '/api/user/edit-user', {
      headers: { ...caller.bearer, 'content-type': 'multipart/form-data; boundary=xyz' },
      body: '--xyz\r\nContent-Disposition: form-data; name="name"\r\n\r\nunterminated',
    })
    expect(malformed.status).toBe(400)
    expect(malformed.body.status).toBe(400)
    const json = await send(api(), 'PATCH', '/api/user/edit-user', { headers: caller.bearer, json: { name: 'X' } })
    expect(json.status).toBe(415)
  })

  it('an email change waits for the code sent to the new address; the account keeps its email until then', async () => {
    const { user, bearer } = await createUser()
    const answer = await edit(bearer, { email: `  New.Address-${user.id.slice(-6)}@Example.com ` })
    expect(answer.status).toBe(200)
    expect(answer.body.data).toMatchObject({ email: user.email, email_verified: true })
    const pending = await db().pendingEmail.findMany({ where: { userId: user.id } })
    expect(pending).toMatchObject([{ email: `new.address-${user.id.slice(-6)}@example.com`, claimable: true }])
  })

  it('keeps the email verified when the same address is sent again', async () => {
    const { user, bearer } = await createUser()
    const answer = await edit(bearer, { email: user.email.toUpperCase() })
    expect(answer.body.data).toMatchObject({ email: user.email, email_verified: true })
  })

  it('answers an email another account uses like a free one (no 409), changing no email', async () => {
    const { user, bearer } = await createUser()
    const other = await createUser()
    const answer = await edit(bearer, { name: 'Changed', email: other.user.email })
    expect(answer.status).toBe(200)
    expect(answer.body.message).toBe('Profile updated; enter the code sent to the new email to verify it')
    expect((await db().user.findUniqueOrThrow({ where: { id: other.user.id } })).email).toBe(other.user.email)
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, name: true, emailVerified: true } })
    expect(row).toMatchObject({ email: user.email, name: 'Changed' })
    expect(row.emailVerified).not.toBeNull()
  })

  it('sets both images and shows their URLs', async () => {
    const { bearer } = await createUser()
    const answer = await edit(bearer, {
      image: { bytes: pngBytes(), name: 'me.png', type: 'image/png' },
      background_image: { bytes: pngBytes(4, 1), name: 'bg.png' },
    })
    expect(answer.status).toBe(200)
    expect(answer.body.data.image_url).toMatch(/^\/api\/media\/[0-9a-f-]{36}$/)
    expect(answer.body.data.background_image_url).toMatch(/^\/api\/media\/[0-9a-f-]{36}$/)
  })
})
