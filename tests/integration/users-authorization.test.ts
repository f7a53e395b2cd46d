import { beforeAll, describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { fileStorage } from '@/lib/storage/file-storage'
import { send } from '../helpers/http'
import { pngBytes } from '../helpers/images'
import { form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

withTempUploadDir()

type Caller = 'anonymous' | 'user' | 'other user' | 'staff' | 'admin' | 'deactivated'
const CALLERS: Caller[] = ['anonymous', 'user', 'other user', 'staff', 'admin', 'deactivated']
type Identity = Awaited<ReturnType<typeof createUser>>

/**
 * Every cell gets fresh identities, because some routes (delete, deactivate, demote) change them.
 * `victim` is a plain user whose record the request targets; for the `user` caller the caller is the
 * victim (their own record), for `other user` it is a second plain user.
 */
async function cell(caller: Caller): Promise<{ headers: Record<string, string>; victim: Identity }> {
  const victim = await createUser()
  const identity: Record<Caller, () => Promise<Identity | null>> = {
    anonymous: async () => null,
    user: async () => victim,
    'other user': () => createUser(),
    staff: () => createUser({ role: 'staff' }),
    admin: () => createUser({ role: 'admin' }),
    deactivated: () => createUser({ active: false }),
  }
  const acting = await identity[caller]()
  return { headers: acting?.bearer ?? {}, victim }
}

interface Row {
  route: string
  request: (headers: Record<string, string>, victim: Identity) => Promise<{ status: number }>
  expected: Record<Caller, number>
}

const ROWS: Row[] = [
  {
    route: 'GET /api/user/profile',
    request: (headers) => send(api(), 'GET', '/api/user/profile', { headers }),
    expected: { anonymous: 401, user: 200, 'other user': 200, staff: 200, admin: 200, deactivated: 401 },
  },
  {
    route: 'PATCH /api/user/edit-user',
    request: (headers) => send(api(), 'PATCH', '/api/user/edit-user', { headers, body: form({ name: 'New name' }) }),
    expected: { anonymous: 401, user: 200, 'other user': 200, staff: 200, admin: 200, deactivated: 401 },
  },
  {
    route: 'DELETE /api/user/delete-user (own account)',
    request: (headers) => send(api(), 'DELETE', '/api/user/delete-user', { headers }),
    expected: { anonymous: 401, user: 200, 'other user': 200, staff: 200, admin: 200, deactivated: 401 },
  },
  {
    route: "DELETE /api/user/delete-user?id=<victim's id>",
    request: (headers, victim) => send(api(), 'DELETE', `/api/user/delete-user?id=${victim.user.id}`, { headers }),
    expected: { anonymous: 401, user: 200, 'other user': 404, staff: 404, admin: 200, deactivated: 401 },
  },
  {
    route: 'GET /api/auth/all-users-data',
    request: (headers) => send(api(), 'GET', '/api/auth/all-users-data', { headers }),
    expected: { anonymous: 401, user: 403, 'other user': 403, staff: 403, admin: 200, deactivated: 401 },
  },
  {
    route: 'PATCH /api/auth/assign-role (victim → staff)',
    request: (headers, victim) => send(api(), 'PATCH', '/api/auth/assign-role', { headers, json: { user_id: victim.user.id, role: 'staff' } }),
    expected: { anonymous: 401, user: 403, 'other user': 403, staff: 403, admin: 200, deactivated: 401 },
  },
  {
    route: 'PATCH /api/auth/set-active (deactivate victim)',
    request: (headers, victim) => send(api(), 'PATCH', '/api/auth/set-active', { headers, json: { user_id: victim.user.id, is_active: false } }),
    expected: { anonymous: 401, user: 403, 'other user': 403, staff: 403, admin: 200, deactivated: 401 },
  },
  {
    // Media URLs are public, as on a CDN: apps put them straight into <img src>.
    route: "GET /api/media/<victim's image>",
    request: async (headers, victim) => {
      const file = await fileStorage.put({ bytes: pngBytes(), kind: 'image', ownerId: victim.user.id })
      return api().request(new Request(new URL(file.url, 'http://localhost:3000'), { headers }))
    },
    expected: { anonymous: 200, user: 200, 'other user': 200, staff: 200, admin: 200, deactivated: 200 },
  },
]

describe('users routes: authorization matrix', () => {
  beforeAll(async () => {
    // Some admin always remains, whatever the cells do to theirs.
    await createUser({ role: 'admin' })
  })

  it('answers every route × caller as expected', async () => {
    const actual: string[] = []
    const expected: string[] = []
    for (const row of ROWS) {
      for (const caller of CALLERS) {
        const { headers, victim } = await cell(caller)
        const { status } = await row.request(headers, victim)
        actual.push(`${row.route} as ${caller} → ${status}`)
        expected.push(`${row.route} as ${caller} → ${row.expected[caller]}`)
      }
    }
    expect(actual).toEqual(expected)
  })
})
