import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { CompanyJson } from '@/lib/schemas/companies'
import { createCompanyVia, uniqueCompanyName } from '../helpers/companies'
import { send } from '../helpers/http'
import { form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

withTempUploadDir()

const MISSING = '01900000-0000-7000-8000-000000000000'
const create = (headers: Record<string, string>, fields: Record<string, string>) =>
  send<CompanyJson>(api(), 'POST', '/api/company/create-company', { headers, body: form(fields) })
const update = (headers: Record<string, string>, id: string, fields: Record<string, string>) =>
  send<CompanyJson>(api(), 'PUT', `/api/company/update-company?id=${id}`, { headers, body: form(fields) })

describe('validation', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    ['missing name', { location: 'Paris' }, 'name'],
    ['blank name', { name: '   ' }, 'name'],
    ['long name', { name: 'n'.repeat(121) }, 'name'],
    ['long location', { name: uniqueCompanyName(), location: 'l'.repeat(201) }, 'location'],
    ['size over 50 characters', { name: uniqueCompanyName(), size: 's'.repeat(51) }, 'size'],
    ['owner_id (never client-set)', { name: uniqueCompanyName(), owner_id: MISSING }, 'body'],
    ['an unknown field', { name: uniqueCompanyName(), status: 'x' }, 'body'],
  ]
  it.each(cases)('create refuses %s with 400 naming the field', async (_label, fields, field) => {
    const { bearer } = await createUser()
    const before = await db().company.count()
    const answer = await create(bearer, fields)
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ status: 400, data: null })
    expect(answer.body.errors).toHaveProperty(field)
    expect(await db().company.count()).toBe(before)
  })

  it('update refuses bad fields, owner_id, an empty name, and a malformed id; answers 404 for an unknown one', async () => {
    const { bearer } = await createUser()
    const company = await createCompanyVia(bearer)
    const refused: Array<Record<string, string>> = [{ name: '' }, { size: 's'.repeat(51) }, { owner_id: MISSING }]
    for (const fields of refused) {
      const answer = await update(bearer, company.id, fields)
      expect([fields, answer.status]).toEqual([fields, 400])
    }
    expect((await update(bearer, 'not-an-id', { name: 'x' })).body.errors).toHaveProperty('id')
    expect((await update(bearer, MISSING, { name: uniqueCompanyName() })).status).toBe(404)
  })

  it('single and delete: malformed id → 400, missing id → 400, unknown → 404', async () => {
    const { bearer } = await createUser()
    for (const path of ['/api/company/get-single-details-company', '/api/company/delete-company']) {
      const method = path.includes('delete') ? 'DELETE' : 'GET'
      expect((await send(api(), method, `${path}?id=12`, { headers: bearer })).status).toBe(400)
      expect((await send(api(), method, path, { headers: bearer })).status).toBe(400)
      const unknown = await send(api(), method, `${path}?id=${MISSING}`, { headers: bearer })
      expect(unknown.status).toBe(404)
      expect(unknown.body).toMatchObject({ status: 404, data: null })
    }
  })

  it('create refuses JSON (415) and a malformed multipart body (400)', async () => {
    const { bearer } = await createUser()
    const json = await send(api(), 'POST', '/api/company/create-company', { headers: bearer, json: { name: uniqueCompanyName() } })
    expect(json.status).toBe(415)
    const broken = await send(api(), 'POST', '/api/company/create-company', {
      headers: { ...bearer, 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x\r\nnonsense',
    })
    expect(broken.status).toBe(400)
  })
})

describe('conflicts', () => {
  it('refuses a duplicate name in another case or with surrounding spaces (409), on create and on update', async () => {
    const alice = await createUser()
    const bob = await createUser()
    const name = uniqueCompanyName('Globex')
    await createCompanyVia(alice.bearer, { name })
    for (const variant of [name.toUpperCase(), ` ${name.toLowerCase()}  `]) {
      const answer = await create(bob.bearer, { name: variant })
      expect(answer.status).toBe(409)
      expect(answer.body.errors).toEqual({ name: ['A company with this name already exists'] })
    }
    const bobs = await createCompanyVia(bob.bearer)
    expect((await update(bob.bearer, bobs.id, { name: name.toLowerCase() })).status).toBe(409)
  })

  it('two concurrent creates of one name: one 201, one 409', async () => {
    const { bearer } = await createUser()
    const other = await createUser()
    const name = uniqueCompanyName('Race')
    const answers = await Promise.all([create(bearer, { name }), create(other.bearer, { name: name.toUpperCase() })])
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409])
  })
})
