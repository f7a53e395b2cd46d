import { expect, type APIRequestContext } from '@playwright/test'
import { io, type Socket } from 'socket.io-client'
import { mailCount, nextCode } from './mailbox'

// An API client of the show (a visitor's or exhibitor's app): bearer tokens, JSON and multipart, a socket.

export const USER_PASSWORD = 'amber-lantern-orchard-58'

export interface ApiUser {
  id: string
  email: string
  name: string
  token: string
  headers: { authorization: string }
}

async function data<T>(response: Awaited<ReturnType<APIRequestContext['post']>>, what: string): Promise<T> {
  expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBe(true)
  return ((await response.json()) as { data: T }).data
}

/** Logs in through the API and returns the caller with a bearer token. */
export async function logIn(request: APIRequestContext, email: string, password: string, headers?: Record<string, string>): Promise<ApiUser> {
  const login = await data<{ user: { id: string; name: string }; access_token: string }>(
    await request.post('/api/auth/login', { headers, data: { email, password } }),
    `login of ${email}`,
  )
  return { id: login.user.id, email, name: login.user.name, token: login.access_token, headers: { authorization: `Bearer ${login.access_token}` } }
}

let clients = 0
/** A documentation address (RFC 5737) of its own for each new person's app: registrations are limited per address. */
const nextClientAddress = () => `203.0.113.${(++clients % 254) + 1}`

/**
 * Registers through the API, verifies the email with the mailed code, and logs in, each from an
 * address of its own (X-Forwarded-For, trusted by the e2e server as behind one proxy), as a new
 * person's app would: the suite registers more than the 10 an hour one address may.
 */
export async function registerUser(request: APIRequestContext, name: string): Promise<ApiUser> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now().toString(36)}@example.com`
  const headers = { 'x-forwarded-for': nextClientAddress() }
  const before = await mailCount(request, email)
  await data(
    await request.post('/api/auth/register', { headers, data: { name, email, password: USER_PASSWORD, password_confirmation: USER_PASSWORD } }),
    'register',
  )
  const otp = await nextCode(request, email, before)
  await data(await request.post('/api/auth/verify-otp', { headers, data: { email, otp, purpose: 'verify_email' } }), 'verify-otp')
  // Its first sign-in from its own address too: sign-ins are limited per address (60 in 15 minutes).
  return logIn(request, email, USER_PASSWORD, headers)
}

// Registrations are limited per address (10 an hour, as in production) and every spec runs from
// 127.0.0.1: specs that need "some plain user" they do not delete, demote or promote share one per
// worker (its token lives 15 minutes, longer than the suite).
const shared = new Map<string, Promise<ApiUser>>()

/** One registered plain user per `label` and worker, registered on first use. */
export function sharedUser(request: APIRequestContext, label: string): Promise<ApiUser> {
  let user = shared.get(label)
  if (!user) {
    user = registerUser(request, label)
    shared.set(label, user)
    user.catch(() => shared.delete(label))
  }
  return user
}

/** A company, then a pending booth in it, through the multipart API routes; returns the booth. */
export async function submitBooth(request: APIRequestContext, owner: ApiUser, title: string): Promise<{ id: string; title: string }> {
  const company = await data<{ id: string }>(
    await request.post('/api/company/create-company', { headers: owner.headers, multipart: { name: `${title} Ltd` } }),
    'create-company',
  )
  const fields = {
    company_id: company.id,
    title,
    date: '2027-03-20',
    start_time: '10:00',
    end_time: '11:00',
    location: `Hall L, ${title}`,
    description: 'Live demo',
  }
  return data(await request.post('/api/tradebooth/create-tradebooth', { headers: owner.headers, multipart: fields }), 'create-tradebooth')
}

/** A Socket.IO connection with a bearer token, as the mobile apps make. */
export function connectSocket(baseURL: string, user: ApiUser): Promise<Socket> {
  const socket = io(baseURL, { transports: ['websocket'], auth: { token: user.token }, reconnection: false, forceNew: true })
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket))
    socket.once('connect_error', reject)
  })
}

export type Ack = { ok: boolean; error?: string; code?: string; [key: string]: unknown }
export const emitWithAck = (socket: Socket, event: string, payload: unknown) => socket.timeout(5_000).emitWithAck(event, payload) as Promise<Ack>
