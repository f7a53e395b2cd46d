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

let unique = 0
const freshEmail = () => `matrix-${Date.now()}-${++unique}@example.com`
const STRONG = 'violet-harbour-engine-42'

/*
 * Public routes answer the same whoever calls (a bearer token neither helps nor hurts), so their
 * rows are uniform; the point is that no caller gets more, and a deactivated token gets no less.
 */
const same = (status: number): Record<Caller, number> => ({
  anonymous: status,
  user: status,
  'other user': status,
  staff: status,
  admin: status,
  deactivated: status,
})

/** Any signed-in, active caller gets `status` (their own record); anonymous and deactivated get 401. */
const signedIn = (status: number): Record<Caller, number> => ({
  anonymous: 401,
  user: status,
  'other user': status,
  staff: status,
  admin: status,
  deactivated: 401,
})

const ROWS: Row[] = [
  {
    route: 'POST /api/auth/register',
    request: (headers) =>
      send(api(), 'POST', '/api/auth/register', {
        headers,
        json: { name: 'New', email: freshEmail(), password: STRONG, password_confirmation: STRONG, role: 'admin' },
      }),
    expected: same(201),
  },
  {
    route: 'POST /api/auth/login (wrong password)',
    request: (headers, victim) => send(api(), 'POST', '/api/auth/login', { headers, json: { email: victim.user.email, password: 'not-the-password-1234' } }),
    expected: same(401),
  },
  {
    route: 'POST /api/auth/refresh (unknown token)',
    request: (headers) => send(api(), 'POST', '/api/auth/refresh', { headers, json: { refresh_token: 'x'.repeat(43) } }),
    expected: same(401),
  },
  {
    route: 'POST /api/auth/logout (unknown token)',
    request: (headers) => send(api(), 'POST', '/api/auth/logout', { headers, json: { refresh_token: 'x'.repeat(43) } }),
    expected: same(200),
  },
  {
    route: 'POST /api/auth/send-otp',
    request: (headers) => send(api(), 'POST', '/api/auth/send-otp', { headers, json: { email: freshEmail(), purpose: 'reset_password' } }),
    expected: same(200),
  },
  {
    route: 'POST /api/auth/resend-otp',
    request: (headers) => send(api(), 'POST', '/api/auth/resend-otp', { headers, json: { email: freshEmail(), purpose: 'verify_email' } }),
    expected: same(200),
  },
  {
    route: 'POST /api/auth/verify-otp (wrong code)',
    request: (headers, victim) =>
      send(api(), 'POST', '/api/auth/verify-otp', { headers, json: { email: victim.user.email, otp: '000000', purpose: 'reset_password' } }),
    expected: same(400),
  },
  {
    route: 'POST /api/auth/reset-password (unknown reset token)',
    request: (headers) =>
      send(api(), 'POST', '/api/auth/reset-password', { headers, json: { reset_token: 'x'.repeat(43), password: STRONG, password_confirmation: STRONG } }),
    expected: same(400),
  },
  {
    route: 'GET /api/auth/verify-email (unknown token)',
    request: (headers) => send(api(), 'GET', `/api/auth/verify-email?token=${'x'.repeat(43)}`, { headers }),
    expected: same(400),
  },
  {
    route: 'POST /api/auth/change-password (wrong current password)',
    request: (headers) => send(api(), 'POST', '/api/auth/change-password', { headers, json: { password: 'not-the-password-1234', new_password: STRONG } }),
    expected: { anonymous: 401, user: 400, 'other user': 400, staff: 400, admin: 400, deactivated: 401 },
  },
  // Google is not configured in this file: the three flows say so, to everyone alike.
  {
    route: 'GET /api/auth/google_login_page_redirect',
    request: (headers) => send(api(), 'GET', '/api/auth/google_login_page_redirect', { headers }),
    expected: same(503),
  },
  {
    route: 'GET /api/auth/google-oauth',
    request: (headers) => send(api(), 'GET', '/api/auth/google-oauth?code=abc&state=def', { headers }),
    expected: same(503),
  },
  {
    route: 'GET /api/auth/google-oauth-login-authenticate',
    request: (headers) => send(api(), 'GET', '/api/auth/google-oauth-login-authenticate?id_token=abc.def.ghi', { headers }),
    expected: same(503),
  },
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
    route: 'POST /api/auth/mfa/verify (unknown mfa_token)',
    request: (headers) => send(api(), 'POST', '/api/auth/mfa/verify', { headers, json: { mfa_token: 'x'.repeat(43), code: '123456' } }),
    expected: same(401),
  },
  {
    route: 'GET /api/user/mfa',
    request: (headers) => send(api(), 'GET', '/api/user/mfa', { headers }),
    expected: signedIn(200),
  },
  {
    route: 'POST /api/user/mfa/totp',
    request: (headers) => send(api(), 'POST', '/api/user/mfa/totp', { headers }),
    expected: signedIn(200),
  },
  {
    route: 'POST /api/user/mfa/totp/confirm (nothing started)',
    request: (headers) => send(api(), 'POST', '/api/user/mfa/totp/confirm', { headers, json: { code: '123456' } }),
    expected: signedIn(409),
  },
  {
    route: 'POST /api/user/mfa/totp/remove (none set up)',
    request: (headers) => send(api(), 'POST', '/api/user/mfa/totp/remove', { headers, json: { code: '123456' } }),
    expected: signedIn(409),
  },
  {
    route: 'POST /api/user/mfa/recovery-codes (none set up)',
    request: (headers) => send(api(), 'POST', '/api/user/mfa/recovery-codes', { headers, json: { code: '123456' } }),
    expected: signedIn(409),
  },
  {
    route: 'GET /api/settings/security',
    request: (headers) => send(api(), 'GET', '/api/settings/security', { headers }),
    expected: { anonymous: 401, user: 403, 'other user': 403, staff: 403, admin: 200, deactivated: 401 },
  },
  {
    route: 'PATCH /api/settings/security (off)',
    request: (headers) => send(api(), 'PATCH', '/api/settings/security', { headers, json: { require_mfa_for_staff: false } }),
    expected: { anonymous: 401, user: 403, 'other user': 403, staff: 403, admin: 200, deactivated: 401 },
  },
  {
    route: 'GET /api/user/sessions',
    request: (headers) => send(api(), 'GET', '/api/user/sessions', { headers }),
    expected: signedIn(200),
  },
  {
    route: "GET /api/user/sessions?user_id=<victim's id>",
    request: (headers, victim) => send(api(), 'GET', `/api/user/sessions?user_id=${victim.user.id}`, { headers }),
    expected: { anonymous: 401, user: 200, 'other user': 403, staff: 403, admin: 200, deactivated: 401 },
  },
  {
    route: 'DELETE /api/user/sessions/<unknown id>',
    request: (headers) => send(api(), 'DELETE', `/api/user/sessions/${crypto.randomUUID()}`, { headers }),
    expected: signedIn(404),
  },
  {
    route: 'POST /api/user/sessions/end-others',
    request: (headers) => send(api(), 'POST', '/api/user/sessions/end-others', { headers }),
    expected: signedIn(200),
  },
  {
    route: 'POST /api/user/passkeys/options',
    request: (headers) => send(api(), 'POST', '/api/user/passkeys/options', { headers }),
    expected: signedIn(200),
  },
  {
    route: 'GET /api/user/passkeys',
    request: (headers) => send(api(), 'GET', '/api/user/passkeys', { headers }),
    expected: signedIn(200),
  },
  {
    route: 'DELETE /api/user/passkeys/<unknown id>',
    request: (headers) => send(api(), 'DELETE', `/api/user/passkeys/${crypto.randomUUID()}`, { headers }),
    expected: signedIn(404),
  },
  {
    route: 'POST /api/user/passkeys (unknown challenge)',
    request: (headers) =>
      send(api(), 'POST', '/api/user/passkeys', {
        headers,
        json: {
          challenge_id: crypto.randomUUID(),
          name: 'Key',
          response: { id: 'AA', rawId: 'AA', type: 'public-key', clientExtensionResults: {}, response: { clientDataJSON: 'AA', attestationObject: 'AA' } },
        },
      }),
    expected: signedIn(401),
  },
  {
    route: 'POST /api/auth/passkey/options',
    request: (headers) => send(api(), 'POST', '/api/auth/passkey/options', { headers }),
    expected: same(200),
  },
  {
    route: 'POST /api/auth/passkey/verify (unknown challenge)',
    request: (headers) =>
      send(api(), 'POST', '/api/auth/passkey/verify', {
        headers,
        json: {
          challenge_id: crypto.randomUUID(),
          response: {
            id: 'AA',
            rawId: 'AA',
            type: 'public-key',
            clientExtensionResults: {},
            response: { clientDataJSON: 'AA', authenticatorData: 'AA', signature: 'AA' },
          },
        },
      }),
    expected: same(401),
  },
  {
    route: 'POST /api/auth/mfa/passkey-options (unknown mfa_token)',
    request: (headers) => send(api(), 'POST', '/api/auth/mfa/passkey-options', { headers, json: { mfa_token: 'x'.repeat(43) } }),
    expected: same(401),
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

describe('identity routes: authorization matrix', () => {
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
