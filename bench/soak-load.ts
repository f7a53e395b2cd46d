// The soak test's traffic: paced loops of reads, writes, sign-ins and chatting sockets against one
// server. Every answer is counted per window so the report can show rates and errors over time.
import { io as connectSocket, type Socket } from 'socket.io-client'

export interface LoadUser {
  email: string
  authorization: string
  token: string
}

export interface Window {
  requests: number
  errors: number
  chat: number
  chatErrors: number
  healthMs: number[]
  errorSamples: string[]
}

export const emptyWindow = (): Window => ({ requests: 0, errors: 0, chat: 0, chatErrors: 0, healthMs: [], errorSamples: [] })

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))
const pick = <T>(values: T[]) => values[Math.floor(Math.random() * values.length)]!

export function startLoad(options: { url: string; users: LoadUser[]; password: string; roomId: string; window: () => Window }) {
  const { url, password, roomId } = options
  // Signing out ends every session of that user, bearer tokens included: sign-ins get users of their own.
  const signInUsers = options.users.slice(0, 4)
  const users = options.users.slice(4)
  let running = true
  let counter = 0

  async function call(method: string, path: string, init: { user?: LoadUser; json?: unknown; form?: FormData; ok?: number[] } = {}) {
    const headers: Record<string, string> = {}
    if (init.user) headers.authorization = init.user.authorization
    if (init.json !== undefined) headers['content-type'] = 'application/json'
    const body = init.form ?? (init.json === undefined ? undefined : JSON.stringify(init.json))
    const window = options.window()
    window.requests++
    try {
      const response = await fetch(`${url}${path}`, { method, headers, body, signal: AbortSignal.timeout(15_000) })
      const parsed = (await response.json()) as { data?: Record<string, unknown> }
      if (!(init.ok ?? [200, 201]).includes(response.status)) {
        window.errors++
        if (window.errorSamples.length < 3) window.errorSamples.push(`${method} ${path} → ${response.status}`)
      }
      return { status: response.status, data: parsed.data }
    } catch (error) {
      window.errors++
      if (window.errorSamples.length < 3) window.errorSamples.push(`${method} ${path} → ${(error as Error).message}`)
      return { status: 0, data: undefined }
    }
  }

  const reads = [
    (user: LoadUser) => call('GET', `/api/company/get-details-companies?page=${1 + Math.floor(Math.random() * 3)}&sort=-created_at`, { user }),
    (user: LoadUser) => call('GET', '/api/company/get-details-companies?q=soak', { user }),
    (user: LoadUser) => call('GET', '/api/tradebooth/get-details-tradebooths?page_size=50', { user }),
    (user: LoadUser) => call('GET', '/api/user/profile', { user }),
    (user: LoadUser) => call('GET', '/api/rooms', { user }),
    (user: LoadUser) => call('GET', `/api/rooms/messages?room=${roomId}&limit=20`, { user }),
  ]

  async function reader() {
    while (running) {
      await pick(reads)(pick(users))
      await sleep(100)
    }
  }

  // Creates (companies are limited to 60 a minute per user: spread over the users), a third deleted again.
  async function writer() {
    while (running) {
      const user = users[counter % users.length]!
      const form = new FormData()
      form.set('name', `Soak Co ${process.pid}-${++counter}`)
      form.set('location', 'Soak Hall')
      const created = await call('POST', '/api/company/create-company', { user, form })
      const id = created.data?.id
      if (typeof id === 'string' && counter % 3 === 0) await call('DELETE', `/api/company/delete-company?id=${id}`, { user })
      await sleep(250)
    }
  }

  // Sign-in, refresh, sign-out every 20 s: well under the 60 per 15 minutes allowed per IP.
  async function signIns() {
    while (running) {
      const login = await call('POST', '/api/auth/login', { json: { email: pick(signInUsers).email, password } })
      const refreshToken = login.data?.refresh_token
      if (typeof refreshToken === 'string') {
        const refreshed = await call('POST', '/api/auth/refresh', { json: { refresh_token: refreshToken } })
        const next = refreshed.data?.refresh_token
        if (typeof next === 'string') await call('POST', '/api/auth/logout', { json: { refresh_token: next } })
      }
      for (let i = 0; i < 200 && running; i++) await sleep(100)
    }
  }

  async function health() {
    while (running) {
      const started = performance.now()
      await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(15_000) }).catch(() => {})
      options.window().healthMs.push(performance.now() - started)
      await sleep(1_000)
    }
  }

  // Chatters: each sends a message every 2 s (the limit is 10 per 10 s); one reconnects every 15 s.
  const sockets = new Set<Socket>()
  async function chatter(user: LoadUser, lifetimeMs: number) {
    const socket = connectSocket(url, { transports: ['websocket'], reconnection: false, auth: { token: user.token }, forceNew: true })
    sockets.add(socket)
    const connected = await new Promise<boolean>((resolve) => {
      socket.once('connect', () => resolve(true))
      socket.once('connect_error', () => resolve(false))
    })
    const ack = (event: string, payload: unknown) =>
      socket
        .timeout(10_000)
        .emitWithAck(event, payload)
        .catch(() => ({ ok: false })) as Promise<{ ok: boolean }>
    if (connected && (await ack('join_room', { room: roomId })).ok) {
      for (const ends = Date.now() + lifetimeMs; running && Date.now() < ends; await sleep(2_000)) {
        const answer = await ack('message', { room: roomId, msg: `soak ${++counter}` })
        const window = options.window()
        if (answer.ok) window.chat++
        else window.chatErrors++
      }
    } else {
      options.window().chatErrors++
      await sleep(1_000)
    }
    socket.disconnect()
    sockets.delete(socket)
  }
  async function chatters(count: number) {
    await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        // Client 0 lives 15 s at a time (connection churn), the others for the whole run.
        while (running) await chatter(users[i % users.length]!, i === 0 ? 15_000 : Number.POSITIVE_INFINITY)
      }),
    )
  }

  const done = Promise.all([reader(), reader(), reader(), reader(), writer(), signIns(), health(), chatters(10)])
  return {
    async stop() {
      running = false
      for (const socket of sockets) socket.disconnect()
      await done
    },
  }
}
