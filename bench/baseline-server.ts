// The practical limit: a bare node:http + pg server answering the benchmarked routes with the SQL
// a careful hand-written server would send for them (the statements Prisma sends, with file URLs
// joined in instead of fetched separately, no transaction around a page and its count), the same
// access-token check and the same JSON (the product's own pure `present*` functions), so that the
// difference to server.ts is framework, ORM and middleware. Routes not listed answer 404.
// `GET /` is the health round trip of bench/health.ts.
// BASELINE_SQL picks the lists' statements: `naive` is the offset page plus an exact count(*) of
// every matching row (the statements before issue 14); `keyset` (default) is what the product
// sends now: the visibility rule, one row more than the page (for `next_after`), `after` as an
// index range on the default sort, and `total` from the trigger-kept counters.
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import pg from 'pg'
import { signAccessToken, verifyAccessToken } from '@/lib/auth/access-token'
import { verifyPassword } from '@/lib/auth/password'
import { afterItem, decodeAfter } from '@/lib/keyset'
import { BOOTH_SORT_COLUMNS } from '@/lib/schemas/booths'
import { localTime } from '@/lib/services/booths/present-booth'

const port = Number(process.env.PORT ?? 3300)
const naive = process.env.BASELINE_SQL === 'naive'
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) })
// Dates and instants as the product reads them: timestamptz → Date; a date column stays a string.
pg.types.setTypeParser(1082, (value) => value)

const send = (res: ServerResponse, status: number, message: string, data: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' })
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

/** The product's check: a valid access token of an existing, active user at the same session version. */
async function caller(req: IncomingMessage): Promise<{ id: string; role: string } | null> {
  const token = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1]
  const claims = token ? await verifyAccessToken(token) : null
  if (!claims) return null
  const { rows } = await pool.query('SELECT id, email, name, role::text, is_active, session_version FROM users WHERE id = $1 LIMIT 1', [claims.userId])
  const row = rows[0] as { id: string; role: string; is_active: boolean; session_version: number } | undefined
  return row && row.is_active && row.session_version === claims.sessionVersion ? row : null
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
      const { rows } = await pool.query(`SELECT ${BOOTH} FROM ${BOOTH_FROM} WHERE b.id = $1`, [id])
      return rows[0] ? send(res, 200, 'Trade booth', booth(rows[0])) : send(res, 404, 'Booth not found', null)
    }
    case '/api/auth/all-users-data': {
      if (me.role !== 'admin') return send(res, 403, 'Forbidden', null)
      const { page, size, offset } = pageOf(url)
      const [items, count] = await Promise.all([
        pool.query(`SELECT ${USER} FROM ${USER_FROM} ORDER BY u.created_at DESC, u.id DESC LIMIT ${naive ? size : size + 1} OFFSET ${offset}`),
        pool.query(naive ? 'SELECT count(*)::int AS total FROM users' : 'SELECT coalesce(sum(count), 0)::int AS total FROM user_counts'),
      ])
      const users = items.rows.slice(0, size).map(user)
      const data = { items: users, page, page_size: size, total: count.rows[0].total }
      const more = items.rows.length > size
      return send(
        res,
        200,
        'Users',
        naive ? data : { ...data, total_capped: false, next_after: more ? afterItem('-created_at', users.at(-1) as unknown as { id: string }) : null },
      )
    }
    case '/api/user/profile': {
      const { rows } = await pool.query(`SELECT ${USER} FROM ${USER_FROM} WHERE u.id = $1`, [me.id])
      return send(res, 200, 'Profile', user(rows[0]))
    }
  }
  send(res, 404, 'Not found', null)
}

/**
 * The booths list as the product now asks for it (default sort only): a plain user's visibility
 * (accepted, or a company they own), `after` as an index range, and `total` from the counters.
 */
async function keysetBooths(me: { id: string; role: string }, url: URL, status: string | null, page: number, size: number, offset: number) {
  const staff = me.role === 'staff' || me.role === 'admin'
  const args: unknown[] = []
  const arg = (value: unknown) => `$${args.push(value)}`
  const where: string[] = []
  if (status) where.push(`b.status = ${arg(status)}::"BoothStatus"`)
  if (!staff) where.push(`(b.status = 'accepted' OR EXISTS (SELECT 1 FROM companies o WHERE o.id = b.company_id AND o.owner_id = ${arg(me.id)}::uuid))`)
  const text = url.searchParams.get('after')
  const after = text ? decodeAfter(text, '-created_at', BOOTH_SORT_COLUMNS) : null
  if (typeof after === 'string') throw new Error(after)
  if (after) {
    const at = arg(new Date(after.value!))
    where.push(`b.created_at <= ${at} AND (b.created_at < ${at} OR b.id < ${arg(after.id)}::uuid)`)
  }
  const page$ = pool.query(
    `SELECT ${BOOTH} FROM ${BOOTH_FROM} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY b.created_at DESC, b.id DESC LIMIT ${size + 1} OFFSET ${after ? 0 : offset}`,
    args,
  )
  const same = status ? `AND c.status = $1::"BoothStatus"` : ''
  const countArgs = status ? [status] : []
  const count$ = staff
    ? pool.query(`SELECT coalesce(sum(c.count), 0)::int AS total FROM booth_status_counts c WHERE true ${same}`, countArgs)
    : status === 'accepted'
      ? pool.query(`SELECT (SELECT coalesce(sum(c.count), 0) FROM booth_status_counts c WHERE c.status = 'accepted' ${same})::int AS total`, countArgs)
      : pool.query(
          `SELECT ((SELECT coalesce(sum(c.count), 0) FROM booth_status_counts c WHERE c.status = 'accepted' ${same}) + (SELECT coalesce(sum(c.count), 0)
             FROM company_booth_counts c JOIN companies o ON o.id = c.company_id WHERE o.owner_id = $${countArgs.length + 1}::uuid AND c.status <> 'accepted' ${same}))::int AS total`,
          [...countArgs, me.id],
        )
  const [items, count] = await Promise.all([page$, count$])
  const booths = items.rows.slice(0, size).map(booth)
  const more = items.rows.length > size
  return {
    items: booths,
    page,
    page_size: size,
    total: count.rows[0].total,
    total_capped: false,
    next_after: more ? afterItem('-created_at', booths.at(-1) as unknown as { id: string }) : null,
  }
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
