// The practical limit: a bare node:http + pg server answering the benchmarked routes with the SQL
// a careful hand-written server would send for them (the statements Prisma sends, with file URLs
// joined in instead of fetched separately, no transaction around a page and its count), the same
// access-token check, the same JSON (the product's own pure `present*` functions) and the same
// response headers, so that the difference to server.ts is framework, ORM and middleware. Routes not listed answer 404.
// `GET /` is the health round trip of bench/health.ts.
// BASELINE_SQL picks the lists' statements: `naive` is the offset page plus an exact count(*) of
// every matching row (the statements before issue 14); `keyset` (default) sends the product's own
// statements, built by the same functions (list-booths-sql.ts, list-users-sql.ts): the visibility
// rule, one row more than the page (for `next_after`), `after` as an index range, `total` from the
// trigger-kept counters.
import { randomBytes, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import pg from 'pg'
import { signAccessToken, verifyAccessToken } from '@/lib/auth/access-token'
import { authUserSql } from '@/lib/auth/authenticate'
import { knownLive, rememberLive } from '@/lib/auth/live-sign-ins'
import { verifyPassword } from '@/lib/auth/password'
import { securityHeaders } from '@/lib/http/security-headers.js'
import { afterItem, decodeAfter, TOTAL_CAP } from '@/lib/keyset'
import { BOOTH_SORT_COLUMNS } from '@/lib/schemas/booths'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Role } from '@/lib/generated/prisma/enums'
import { boothRowOf, boothSql, boothsPageSql, boothsTotalSql, type BoothSqlRow } from '@/lib/services/booths/list-booths-sql'
import { localTime, presentBooth } from '@/lib/services/booths/present-booth'
import { userRowOf, userSql, usersPageSql, usersTotalSql, type UserSqlRow } from '@/lib/services/users/list-users-sql'
import { presentUser } from '@/lib/services/users/present-user'
import { companiesPageSql, companiesTotalSql, companyRowOf, type CompanySqlRow } from '@/lib/services/companies/list-companies-sql'
import { presentCompany } from '@/lib/services/companies/present-company'
import type { RoomRow } from '@/lib/services/rooms/find-room'
import { presentRoom } from '@/lib/services/rooms/list-rooms'
import { roomsPageSql, roomsTotalSql } from '@/lib/services/rooms/list-rooms-sql'
import {
  assembleFigures,
  distinctVisitorsSql,
  statBucketsSql,
  visitBucketsSql,
  type StatBucketRow,
  type VisitBucketRow,
} from '@/lib/services/analytics/analytics-sql'
import { analyticsWindow } from '@/lib/services/analytics/analytics-window'
import { isUuid } from '@/lib/services/is-uuid'

const port = Number(process.env.PORT ?? 3300)
const naive = process.env.BASELINE_SQL === 'naive'
// The product's connection settings (lib/db/client.ts), JIT off included; the naive server keeps
// PostgreSQL's defaults, as the product had them when it sent those statements (JIT speeds up
// its exact counts: 272 req/s with it, 83 without, on the booths list).
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  ...(naive ? {} : { options: '-c jit=off' }),
})
// Dates and instants as the product reads them: timestamptz → Date; a date column stays a string.
pg.types.setTypeParser(1082, (value) => value)

// The headers of every product answer (security headers, no caching, a request id): part of the
// answer a client receives, so the bare server sends them too and both write the same bytes.
const HEADERS = Object.fromEntries([
  ...securityHeaders.map(({ key, value }) => [key, value]),
  ['Cache-Control', 'no-store'],
  ['Content-Type', 'application/json'],
])
const send = (res: ServerResponse, status: number, message: string, data: unknown) => {
  res.writeHead(status, { ...HEADERS, 'X-Request-Id': randomUUID() })
  res.end(JSON.stringify({ status, message, data }))
}

const BOOTH = `b.id, b.company_id, b.title, b.date, b.starts_at, b.ends_at, b.timezone, b.location, b.description, b.status::text, b.reason,
  b.created_at, fi.url AS image_url, fp.url AS pdf_url, fd.url AS docx_url`
const BOOTH_FROM = `trade_booths b LEFT JOIN stored_files fi ON fi.id = b.image_file_id LEFT JOIN stored_files fp ON fp.id = b.pdf_file_id
  LEFT JOIN stored_files fd ON fd.id = b.docx_file_id`
const USER = `u.id, u.name, u.email, u.role::text, u.company, coalesce(fi.url, u.image) AS image_url, fb.url AS background_image_url,
  u.email_verified IS NOT NULL AS email_verified, u.is_active, u.created_at`
const USER_FROM = `users u LEFT JOIN stored_files fi ON fi.id = u.image_file_id LEFT JOIN stored_files fb ON fb.id = u.background_file_id`

type Row = Record<string, unknown>
const booth = (r: Row) => ({
  ...r,
  date: r.date,
  start_time: localTime(r.starts_at as Date, r.timezone as string),
  end_time: localTime(r.ends_at as Date, r.timezone as string),
  starts_at: (r.starts_at as Date).toISOString(),
  ends_at: (r.ends_at as Date).toISOString(),
  created_at: (r.created_at as Date).toISOString(),
})
const user = (r: Row) => ({ ...r, created_at: (r.created_at as Date).toISOString() })

/**
 * The product's check, with its statement (authUserSql) and its memory of sign-ins found live
 * (live-sign-ins.ts): a valid access token of an existing, active user at the same session
 * version, its sign-in not revoked.
 */
async function caller(req: IncomingMessage): Promise<Caller | null> {
  const token = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1]
  const claims = token ? await verifyAccessToken(token) : null
  if (!claims) return null
  const cached = claims.familyId !== undefined && knownLive(claims.userId, claims.familyId)
  const [row] = await rowsOf<{ id: string; role: Role; isActive: boolean; sessionVersion: number; live: boolean }>(
    authUserSql(claims.userId, cached ? undefined : claims.familyId),
  )
  const ok = row && row.isActive && row.sessionVersion === claims.sessionVersion && row.live
  if (ok && claims.familyId !== undefined && !cached) rememberLive(claims.userId, claims.familyId)
  return ok ? row : null
}

const pageOf = (url: URL) => {
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1))
  const size = Math.min(100, Math.max(1, Number(url.searchParams.get('page_size') ?? 20)))
  return { page, size, offset: (page - 1) * size }
}

async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (url.pathname === '/' || url.pathname === '/api/health') {
    await pool.query('SELECT 1')
    return send(res, 200, 'OK', { ready: true, database: 'up' })
  }
  if (url.pathname === '/api/auth/login' && req.method === 'POST') return login(req, res)
  const me = await caller(req)
  if (!me) return send(res, 401, 'Sign in first', null)
  const id = url.searchParams.get('id') ?? ''
  switch (url.pathname) {
    case '/api/tradebooth/get-details-tradebooths': {
      const { page, size, offset } = pageOf(url)
      const status = url.searchParams.get('status')
      if (naive) {
        const where = status ? `WHERE b.status = $1::"BoothStatus"` : ''
        const args = status ? [status] : []
        const [items, count] = await Promise.all([
          pool.query(`SELECT ${BOOTH} FROM ${BOOTH_FROM} ${where} ORDER BY b.created_at DESC, b.id DESC LIMIT ${size} OFFSET ${offset}`, args),
          pool.query(`SELECT count(*)::int AS total FROM trade_booths b ${where}`, args),
        ])
        return send(res, 200, 'Trade booths', { items: items.rows.map(booth), page, page_size: size, total: count.rows[0].total })
      }
      return send(res, 200, 'Trade booths', await keysetBooths(me, url, status, page, size, offset))
    }
    case '/api/tradebooth/get-single-details-tradebooth': {
      const [row] = await rowsOf<BoothSqlRow>(boothSql(me, id))
      return row ? send(res, 200, 'Trade booth', presentBooth(boothRowOf(row))) : send(res, 404, 'Booth not found', null)
    }
    case '/api/auth/all-users-data': {
      if (me.role !== 'admin') return send(res, 403, 'Forbidden', null)
      const { page, size, offset } = pageOf(url)
      if (!naive) return send(res, 200, 'Users', await keysetUsers(page, size, offset))
      const [items, count] = await Promise.all([
        pool.query(`SELECT ${USER} FROM ${USER_FROM} ORDER BY u.created_at DESC, u.id DESC LIMIT ${size} OFFSET ${offset}`),
        pool.query('SELECT count(*)::int AS total FROM users'),
      ])
      return send(res, 200, 'Users', { items: items.rows.map(user), page, page_size: size, total: count.rows[0].total })
    }
    case '/api/company/get-details-companies': {
      const { page, size, offset } = pageOf(url)
      const query = { q: url.searchParams.get('q') ?? undefined }
      const window = { sort: url.searchParams.get('sort') ?? '-created_at', limit: size, offset, after: null }
      const [items, [count]] = await Promise.all([rowsOf<CompanySqlRow>(companiesPageSql(query, window)), rowsOf<{ n: number }>(companiesTotalSql(query))])
      return send(res, 200, 'Companies', { items: items.map((r) => presentCompany(companyRowOf(r))), page, page_size: size, total: count!.n })
    }
    case '/api/rooms': {
      // No socket server here: every room's `online` is 0, as server.ts answers when no one is connected.
      const { page, size, offset } = pageOf(url)
      const query = { q: url.searchParams.get('q') ?? undefined }
      const [items, [count]] = await Promise.all([
        rowsOf<RoomRow>(roomsPageSql(me, query, { limit: size, offset })),
        rowsOf<{ n: number }>(roomsTotalSql(me, query)),
      ])
      const total = { total: Math.min(count!.n, TOTAL_CAP), total_capped: count!.n > TOTAL_CAP }
      return send(res, 200, 'Rooms', { items: items.map((r) => presentRoom(r, 0)), page, page_size: size, ...total })
    }
    case '/api/tradebooth/analytics': {
      // The product's three statements and assembly (analytics-sql.ts), after the same check: a
      // booth not in the trash (staff see every one), of the caller's company or a staff caller.
      const [owner] = isUuid(id)
        ? await pool
            .query('SELECT c.owner_id FROM trade_booths b JOIN companies c ON c.id = b.company_id WHERE b.id = $1 AND b.deleted_at IS NULL', [id])
            .then((r) => r.rows as { owner_id: string }[])
        : []
      if (!owner) return send(res, 404, 'Booth not found', null)
      if (owner.owner_id !== me.id && me.role === 'user') return send(res, 403, 'Forbidden', null)
      const granularity = url.searchParams.get('granularity') === 'hour' ? 'hour' : 'day'
      const window = analyticsWindow({ from: url.searchParams.get('from') ?? undefined, to: url.searchParams.get('to') ?? undefined, granularity })
      const [visits, stats, [distinct]] = await Promise.all([
        rowsOf<VisitBucketRow>(visitBucketsSql([id], window)),
        rowsOf<StatBucketRow>(statBucketsSql([id], window)),
        rowsOf<{ count: number }>(distinctVisitorsSql([id], window)),
      ])
      const figures = assembleFigures(window, visits, stats, distinct?.count ?? 0)
      return send(res, 200, 'Booth analytics', { booth_id: id, from: window.fromDay, to: window.toDay, granularity, ...figures })
    }
    case '/api/user/profile': {
      const [row] = await rowsOf<UserSqlRow>(userSql(me.id))
      return send(res, 200, 'Profile', presentUser(userRowOf(row!)))
    }
  }
  send(res, 404, 'Not found', null)
}

type Caller = { id: string; role: Role }
const rowsOf = async <T>(sql: Prisma.Sql) => (await pool.query(sql.text, sql.values)).rows as T[]

/**
 * The booths list with the product's own statements (list-booths-sql.ts: the visibility rule, one
 * row more than the page, `after` as an index range, `total` from the counters), sent as they are:
 * the difference to server.ts is then everything but the SQL.
 */
async function keysetBooths(me: Caller, url: URL, status: string | null, page: number, size: number, offset: number) {
  const text = url.searchParams.get('after')
  const after = text ? decodeAfter(text, '-created_at', BOOTH_SORT_COLUMNS) : null
  if (typeof after === 'string') throw new Error(after)
  const query = status ? { status } : {}
  const window = { sort: '-created_at', limit: size + 1, offset: after ? 0 : offset, after }
  const [items, [count]] = await Promise.all([rowsOf<BoothSqlRow>(boothsPageSql(me, query, window)), rowsOf<{ n: number }>(boothsTotalSql(me, query).sql)])
  const booths = items.slice(0, size).map((r) => presentBooth(boothRowOf(r)))
  const more = items.length > size
  return { items: booths, page, page_size: size, total: count!.n, total_capped: false, next_after: more ? afterItem('-created_at', booths.at(-1)!) : null }
}

/** The users list with the product's own statements (list-users-sql.ts). */
async function keysetUsers(page: number, size: number, offset: number) {
  const window = { sort: '-created_at', limit: size + 1, offset, after: null }
  const [items, [count]] = await Promise.all([rowsOf<UserSqlRow>(usersPageSql({}, window)), rowsOf<{ n: number }>(usersTotalSql({}).sql)])
  const users = items.slice(0, size).map((r) => presentUser(userRowOf(r)))
  const more = items.length > size
  return { items: users, page, page_size: size, total: count!.n, total_capped: false, next_after: more ? afterItem('-created_at', users.at(-1)!) : null }
}

/** Sign-in reduced to its core: the user by email, argon2 verify, an access token and a stored refresh token. */
async function login(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body = ''
  for await (const chunk of req) body += chunk
  const { email, password } = JSON.parse(body) as { email: string; password: string }
  const { rows } = await pool.query('SELECT id, role::text, session_version, password_hash FROM users WHERE email = $1', [email.toLowerCase()])
  const row = rows[0] as { id: string; role: 'user'; session_version: number; password_hash: string } | undefined
  if (!row || !(await verifyPassword(row.password_hash, password))) return send(res, 401, 'Invalid email or password', null)
  const refresh = randomBytes(32).toString('base64url')
  await pool.query(
    `INSERT INTO refresh_tokens (id, user_id, token_hash, family_id, expires_at) VALUES (gen_random_uuid(), $1, $2, gen_random_uuid(), now() + interval '30 days')`,
    [row.id, refresh],
  )
  const access = await signAccessToken({ userId: row.id, role: row.role, sessionVersion: row.session_version })
  send(res, 200, 'Signed in', { access_token: access, refresh_token: refresh, token_type: 'Bearer', expires_in: 900 })
}

createServer((req, res) => {
  route(req, res, new URL(req.url ?? '/', 'http://localhost')).catch(() => {
    if (!res.headersSent) res.writeHead(503)
    res.end()
  })
}).listen(port, '127.0.0.1', () => console.log(`baseline ready on ${port}`))
