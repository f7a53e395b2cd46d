// "No account enumeration, by any combination of routes" (../shared/docs/SECURITY.md): registering
// an address with a password one chose and then signing in with it, or moving one's own account to
// an address, must answer the same whether or not the address already has an account — and the
// second registrant of a taken address never gets into (or changes) the existing account.
import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { UserJson } from '@/lib/schemas/users'
import { PASSWORD, bearer, call, login, registerVerified, setupAuthTests, uniqueEmail, withoutRequestId, type LoginData } from '../helpers/auth'
import { send } from '../helpers/http'
import { codeFrom, linkFrom, type TestMail } from '../helpers/smtp'
import { form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

const env = setupAuthTests()
withTempUploadDir()

const CHOSEN = 'saffron-lighthouse-orbit-7'
const registration = (email: string, password = CHOSEN) => ({ name: 'Mallory', email, password, password_confirmation: password })
/** The parts of an answer a client can see, minus what differs on every request anyway. */
const visible = (answer: { status: number; headers: Headers; body: { data?: unknown } & object }) => ({
  status: answer.status,
  headers: [...answer.headers.keys()].filter((name) => name !== 'x-request-id').sort(),
  body: withoutRequestId(answer.body),
})
/** A user's data without the fields that are fresh per registration (id, time, address). */
const shape = (data: unknown) => {
  const { id, created_at, email, name, ...rest } = data as UserJson
  return { ...rest, id: typeof id, created_at: typeof created_at, email: typeof email, name: typeof name }
}
const mailsTo = (email: string): TestMail[] =>
  env
    .smtp()
    .received()
    .filter((mail) => mail.to.includes(email))
const settleMail = () => new Promise((resolve) => setTimeout(resolve, 400))

async function registerThenLogin(email: string) {
  const registered = await call('POST', '/api/auth/register', { json: registration(email) })
  const signedIn = await call('POST', '/api/auth/login', { json: { email, password: CHOSEN } })
  return { registered, signedIn }
}

describe('register, then sign in with the chosen password', () => {
  it('answers a taken address exactly like a new one (status, body, headers, one mail each)', async () => {
    const taken = await registerVerified(env.smtp())
    const fresh = uniqueEmail('fresh')
    const before = mailsTo(taken).length

    const a = await registerThenLogin(taken)
    const b = await registerThenLogin(fresh)

    expect(a.registered.status).toBe(201)
    expect(b.registered.status).toBe(201)
    expect(shape(a.registered.body.data)).toEqual(shape(b.registered.body.data))
    expect({ ...visible(a.registered), body: { ...a.registered.body, data: null, request_id: null } }).toEqual({
      ...visible(b.registered),
      body: { ...b.registered.body, data: null, request_id: null },
    })
    expect(b.signedIn.body).toMatchObject({ status: 403, message: 'Verify your email address before signing in', data: null })
    expect(visible(a.signedIn)).toEqual(visible(b.signedIn))

    // One mail to each address: the code for the new one, the "someone tried" notice (no code) for the taken one.
    await settleMail()
    const toFresh = mailsTo(fresh)
    const toTaken = mailsTo(taken).slice(before)
    expect(toFresh).toHaveLength(1)
    expect(toTaken).toHaveLength(1)
    expect(codeFrom(toFresh[0]!)).toMatch(/^\d{6}$/)
    expect(toTaken[0]!.subject).toMatch(/tried to register/i)
    expect(toTaken[0]!.text).not.toMatch(/\b\d{6}\b/)
  })

  it('answers the same when the chosen password is wrong: 401 for both', async () => {
    const taken = await registerVerified(env.smtp())
    const fresh = uniqueEmail('fresh-wrong')
    await call('POST', '/api/auth/register', { json: registration(taken) })
    await call('POST', '/api/auth/register', { json: registration(fresh) })
    const a = await call('POST', '/api/auth/login', { json: { email: taken, password: 'not-what-i-chose-1' } })
    const b = await call('POST', '/api/auth/login', { json: { email: fresh, password: 'not-what-i-chose-1' } })
    expect(b.body).toMatchObject({ status: 401, message: 'Invalid email or password', data: null })
    expect(visible(a)).toEqual(visible(b))
  })

  it('a new address becomes an account only when its code is verified, with the id the registration answered', async () => {
    const email = uniqueEmail('pending')
    const registered = await call<UserJson>('POST', '/api/auth/register', { json: registration(email) })
    expect(await db().user.count({ where: { email } })).toBe(0)
    const code = codeFrom(await env.smtp().waitForMail(email))
    const verified = await call<UserJson>('POST', '/api/auth/verify-otp', { json: { email, otp: code, purpose: 'verify_email' } })
    expect(verified.body).toMatchObject({
      status: 200,
      message: 'Email verified',
      data: { id: registered.body.data.id, email, email_verified: true, role: 'user' },
    })
    const signedIn = await login(email, CHOSEN)
    expect(signedIn.user.id).toBe(registered.body.data.id)
  })
})

describe('the second registrant of a taken address never gets in', () => {
  it('by password, code, link, resend or a code sign-in; the account is unchanged', async () => {
    const taken = await registerVerified(env.smtp())
    const owner = await db().user.findUniqueOrThrow({ where: { email: taken } })
    await call('POST', '/api/auth/register', { json: { ...registration(taken), name: 'Someone Else' } })
    await env.smtp().waitForMail(taken, (mail) => /tried to register/i.test(mail.subject))

    expect((await call('POST', '/api/auth/login', { json: { email: taken, password: CHOSEN } })).status).toBe(403)
    for (const purpose of ['verify_email', 'login', 'reset_password'] as const) {
      for (const route of ['/api/auth/send-otp', '/api/auth/resend-otp']) {
        const sent = await call('POST', route, { json: { email: taken, purpose } })
        expect([200, 429]).toContain(sent.status)
      }
    }
    // Whatever reaches the owner's mailbox goes to the owner only; guessing gets nothing.
    for (const otp of ['000000', '123456', '999999']) {
      const guess = await call('POST', '/api/auth/verify-otp', { json: { email: taken, otp, purpose: 'verify_email' } })
      expect(guess.body).toMatchObject({ status: 400, message: 'Invalid or expired code', data: null })
    }
    expect((await call('POST', '/api/auth/login', { json: { email: taken, password: CHOSEN } })).status).toBe(403)
    expect(await authenticatedAs(taken, CHOSEN)).toBe(false)

    const after = await db().user.findUniqueOrThrow({ where: { email: taken } })
    expect({ ...after, updatedAt: null, failedLoginCount: 0, otpFailures: 0 }).toEqual({ ...owner, updatedAt: null, failedLoginCount: 0, otpFailures: 0 })
    expect(await db().user.count({ where: { email: taken } })).toBe(1)
    // The owner still signs in with their own password.
    expect((await login(taken)).user.id).toBe(owner.id)
  })

  it('even when the owner verifies their own (unverified) account afterwards', async () => {
    const email = uniqueEmail('owner-unverified')
    await call('POST', '/api/auth/register', { json: registration(email, PASSWORD) }) // the owner, first
    const ownerMail = await env.smtp().waitForMail(email)
    await call('POST', '/api/auth/register', { json: { ...registration(email), name: 'Second' } }) // the second registrant
    await settleMail()
    // The owner uses the code (or the link) from the first mail.
    const link = new URL(linkFrom(ownerMail, 'http://localhost:3000/api/auth/verify-email'))
    const verified = await call<UserJson>('GET', `${link.pathname}${link.search}`)
    expect(verified.body).toMatchObject({ status: 200, data: { email, email_verified: true, name: 'Mallory' } })
    const stored = await db().user.findUniqueOrThrow({ where: { email } })
    expect(stored.name).toBe('Mallory')
    // The second registrant's password is not the account's.
    expect(await authenticatedAs(email, CHOSEN)).toBe(false)
    expect((await login(email, PASSWORD)).user.id).toBe(stored.id)
  })
})

async function authenticatedAs(email: string, password: string): Promise<boolean> {
  const answer = await call<LoginData>('POST', '/api/auth/login', { json: { email, password } })
  if (answer.status !== 200) return false
  return (await call('GET', '/api/user/profile', { headers: bearer(answer.body.data.access_token) })).status === 200
}

describe('PATCH /api/user/edit-user: an email change does not tell whether the address is taken', () => {
  const edit = (headers: Record<string, string>, fields: Parameters<typeof form>[0]) =>
    send<UserJson>(api(), 'PATCH', '/api/user/edit-user', { headers, body: form(fields) })

  it('answers a taken address like a free one and changes the email only once the new address confirms', async () => {
    const other = await createUser()
    const a = await createUser()
    const b = await createUser()
    const free = uniqueEmail('free-address')

    const toTaken = await edit(a.bearer, { email: other.user.email })
    const toFree = await edit(b.bearer, { email: free })
    expect(toFree.status).toBe(200)
    expect(visible(toTaken).status).toBe(visible(toFree).status)
    expect(visible(toTaken).headers).toEqual(visible(toFree).headers)
    expect(toTaken.body.message).toBe(toFree.body.message)
    expect(shape(toTaken.body.data)).toEqual(shape(toFree.body.data))
    // Neither account's email has changed yet; the other account is untouched.
    expect(toTaken.body.data.email).toBe(a.user.email)
    expect(toFree.body.data.email).toBe(b.user.email)
    expect((await db().user.findUniqueOrThrow({ where: { id: a.user.id } })).email).toBe(a.user.email)
    expect((await db().user.findUniqueOrThrow({ where: { id: other.user.id } })).email).toBe(other.user.email)

    // The free address gets a code; the taken address's owner is told instead (no code).
    const codeMail = await env.smtp().waitForMail(free)
    const notice = await env.smtp().waitForMail(other.user.email)
    expect(notice.text).not.toMatch(/\b\d{6}\b/)
    expect(notice.subject).toMatch(/tried to/i)

    const confirmed = await call<UserJson>('POST', '/api/auth/verify-otp', { json: { email: free, otp: codeFrom(codeMail), purpose: 'verify_email' } })
    expect(confirmed.body).toMatchObject({ status: 200, data: { id: b.user.id, email: free, email_verified: true } })
    expect((await db().user.findUniqueOrThrow({ where: { id: b.user.id } })).email).toBe(free)

    // Guessing a code for the taken address never moves anyone onto it.
    const guess = await call('POST', '/api/auth/verify-otp', { json: { email: other.user.email, otp: '123456', purpose: 'verify_email' } })
    expect(guess.status).toBe(400)
    expect((await db().user.findUniqueOrThrow({ where: { id: a.user.id } })).email).toBe(a.user.email)
  })
})
