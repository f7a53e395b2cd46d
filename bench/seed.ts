// Bulk seed of the benchmark database, in SQL (INSERT … SELECT generate_series), never row by row
// through Prisma: users, companies, booths of every status in many time zones, rooms and messages.
// Every user shares one password hash (argon2 of BENCH_PASSWORD, computed once by the caller).
import pg from 'pg'

export interface Scale {
  users: number
  companies: number
  booths: number
  messages: number
  /** Rooms that carry the messages (the busiest booth rooms). */
  chattyRooms: number
  /** Booth visits (one per person, booth and day), spread over the accepted booths. */
  visits: number
}

export const FULL: Scale = { users: 100_000, companies: 10_000, booths: 100_000, messages: 1_000_000, chattyRooms: 2_000, visits: 10_000_000 }
export const QUICK: Scale = { users: 10_000, companies: 1_000, booths: 10_000, messages: 100_000, chattyRooms: 200, visits: 1_000_000 }

export const BENCH_PASSWORD = 'bench-harbour-violet-42'
export const ADMIN_EMAIL = 'admin@bench.example'
/** Seeded users are user<n>@bench.example, n = 1 … users - 1 (n = 0 is the admin). */
export const userEmail = (n: number) => (n === 0 ? ADMIN_EMAIL : `user${n}@bench.example`)

const FIRST = [
  'Ada',
  'Grace',
  'Alan',
  'Edsger',
  'Barbara',
  'Donald',
  'Margaret',
  'Ken',
  'Radia',
  'Linus',
  'Frances',
  'Dennis',
  'Hedy',
  'John',
  'Katherine',
  'Tim',
  'Shafi',
  'Leslie',
  'Sophie',
  'Niklaus',
]
const LAST = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Dijkstra',
  'Liskov',
  'Knuth',
  'Hamilton',
  'Thompson',
  'Perlman',
  'Torvalds',
  'Allen',
  'Ritchie',
  'Lamarr',
  'McCarthy',
  'Johnson',
  'Berners-Lee',
  'Goldwasser',
  'Lamport',
  'Wilson',
  'Wirth',
]
const ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Australia/Sydney',
  'America/Sao_Paulo',
  'Africa/Nairobi',
]
const HALLS = ['Hall A', 'Hall B', 'Hall C', 'Pavilion 1', 'Pavilion 2', 'Main Stage', 'Expo Floor', 'Room 101', 'Room 102', 'Atrium']
const WORDS = [
  'solar',
  'robotics',
  'cloud',
  'analytics',
  'textiles',
  'coffee',
  'logistics',
  'biotech',
  'fintech',
  'design',
  'audio',
  'drones',
  'security',
  'education',
  'health',
]

const arr = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`
const pick = (values: string[], index: string) => `(${arr(values)})[1 + ((${index}) % ${values.length})]`

/** A time-ordered UUIDv7 for an instant, as the application's ids are (index locality matters). */
const UUID7 = `
CREATE FUNCTION pg_temp.uuid7(ts timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
    PLACING substring(int8send(floor(extract(epoch FROM ts) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
$$`

/** How many booths the seed accepts: booth n is accepted when n mod 20 < 12. */
const openBooths = (booths: number) => Math.floor(booths / 20) * 12 + Math.min(booths % 20, 12)

export function seedStatements(scale: Scale, passwordHash: string): Array<[string, string]> {
  const { users, companies, booths, messages, chattyRooms, visits } = scale
  return [
    ['function', UUID7],
    [
      `${users.toLocaleString('en')} users`,
      `INSERT INTO users (id, name, email, password_hash, role, email_verified, is_active, company, created_at, updated_at)
       SELECT pg_temp.uuid7(t), ${pick(FIRST, 'n')} || ' ' || ${pick(LAST, 'n / 20')},
              CASE WHEN n = 0 THEN '${ADMIN_EMAIL}' ELSE 'user' || n || '@bench.example' END, '${passwordHash}',
              (CASE WHEN n = 0 OR n % 500 = 1 THEN 'admin' WHEN n % 50 = 2 THEN 'staff' ELSE 'user' END)::"Role",
              CASE WHEN n % 10 = 3 AND n > 9 THEN NULL ELSE t + interval '5 minutes' END, n < 10 OR n % 40 <> 7,
              CASE WHEN n % 3 = 0 THEN ${pick(WORDS, 'n')} || ' Ltd' END, t, t
       FROM generate_series(0, ${users - 1}) n, LATERAL (SELECT now() - interval '730 days' + (n::float / ${users}) * interval '729 days' AS t) x`,
    ],
    [
      `${companies.toLocaleString('en')} companies`,
      `WITH u AS (SELECT id, row_number() OVER (ORDER BY created_at) - 1 AS k FROM users)
       INSERT INTO companies (id, name, name_key, location, size, owner_id, created_at, updated_at)
       SELECT pg_temp.uuid7(t), initcap(${pick(WORDS, 'n')}) || ' Works ' || n, lower(initcap(${pick(WORDS, 'n')}) || ' works ' || n),
              ${pick(['London', 'Berlin', 'New York', 'Tokyo', 'Nairobi', 'São Paulo', 'Sydney', 'Pune'], 'n')}, ${pick(['1-10', '11-50', '51-200', '201-1000'], 'n')},
              u.id, t, t
       FROM generate_series(0, ${companies - 1}) n
       JOIN u ON u.k = (n * 7919) % ${users},
       LATERAL (SELECT now() - interval '700 days' + (n::float / ${companies}) * interval '699 days' AS t) x`,
    ],
    [
      `${booths.toLocaleString('en')} booths`,
      `WITH c AS (SELECT id, owner_id, row_number() OVER (ORDER BY created_at) - 1 AS k FROM companies)
       INSERT INTO trade_booths (id, company_id, created_by_id, title, date, starts_at, ends_at, timezone, location, description, status, reason, created_at, updated_at)
       SELECT pg_temp.uuid7(t), c.id, c.owner_id, initcap(${pick(WORDS, 'n / 3')}) || ' showcase #' || n, d,
              (d + s) AT TIME ZONE z, (d + s + (30 + 30 * (n % 5)) * interval '1 minute') AT TIME ZONE z, z, ${pick(HALLS, 'n / 7')},
              'Live ' || ${pick(WORDS, 'n / 3')} || ' demonstrations, talks and a Q&A with the team behind ' || ${pick(WORDS, 'n / 11')} || '.',
              st::"BoothStatus", CASE WHEN st = 'rejected' THEN 'The brochure is missing' END, t, t
       FROM generate_series(0, ${booths - 1}) n
       JOIN c ON c.k = (n * 31) % ${companies},
       LATERAL (SELECT now() - interval '365 days' + (n::float / ${booths}) * interval '364 days' AS t,
                       date '2026-01-05' + (n % 540) AS d, time '08:00' + ((n / 13) % 20) * interval '30 minutes' AS s,
                       ${pick(ZONES, 'n / 17')} AS z,
                       CASE WHEN n % 20 < 12 THEN 'accepted' WHEN n % 20 < 17 THEN 'pending' ELSE 'rejected' END AS st) x`,
    ],
    [
      'a room per accepted booth',
      `INSERT INTO rooms (id, name, kind, booth_id, created_by_id, created_at)
       SELECT pg_temp.uuid7(b.created_at), b.title, 'booth', b.id, b.created_by_id, b.created_at FROM trade_booths b WHERE b.status = 'accepted'`,
    ],
    [
      `${messages.toLocaleString('en')} messages in ${chattyRooms.toLocaleString('en')} rooms`,
      `WITH r AS (SELECT id, row_number() OVER (ORDER BY created_at DESC) - 1 AS k FROM rooms ORDER BY created_at DESC LIMIT ${chattyRooms}),
            u AS (SELECT id, row_number() OVER (ORDER BY created_at) - 1 AS k FROM users)
       INSERT INTO messages (id, room_id, seq, user_id, body, created_at)
       SELECT pg_temp.uuid7(t), r.id, 1 + n / ${chattyRooms}, u.id, 'Hello from ' || ${pick(WORDS, 'n')} || ', message ' || n, t
       FROM generate_series(0, ${messages - 1}) n
       JOIN r ON r.k = n % ${chattyRooms}
       JOIN u ON u.k = (n * 7) % ${users},
       LATERAL (SELECT now() - interval '60 days' + (n::float / ${messages}) * interval '59 days' AS t) x`,
    ],
    [
      // Visit j of accepted booth k: visitor (131 k + j) mod users, on the booth's day or one of the
      // two after it, some time in the working day: unique per visitor, booth and day.
      `${visits.toLocaleString('en')} booth visits`,
      `CREATE TEMP TABLE open_booths AS SELECT id, date, row_number() OVER (ORDER BY id) - 1 AS k FROM trade_booths WHERE status = 'accepted';
       CREATE TEMP TABLE numbered_users AS SELECT id, row_number() OVER (ORDER BY created_at) - 1 AS k FROM users;
       INSERT INTO booth_visits (booth_id, user_id, day, first_at)
       SELECT b.id, u.id, b.date + (x.j % 3), (b.date + (x.j % 3))::timestamp AT TIME ZONE 'UTC' + interval '8 hours' + ((x.j * 37) % 600) * interval '1 minute'
       FROM generate_series(0, ${visits - 1}) n
       JOIN open_booths b ON b.k = n % ${openBooths(booths)},
       LATERAL (SELECT n / ${openBooths(booths)} AS j) x
       JOIN numbered_users u ON u.k = (b.k * 131 + x.j) % ${users}`,
    ],
    [
      // One visit in fifty leaves a contact.
      'leads',
      `INSERT INTO leads (id, booth_id, company_id, user_id, note, created_at, updated_at)
       SELECT pg_temp.uuid7(v.first_at), v.booth_id, b.company_id, v.user_id, 'Please send the brochure', v.first_at + interval '10 minutes', v.first_at + interval '10 minutes'
       FROM booth_visits v JOIN trade_booths b ON b.id = v.booth_id
       WHERE hashtext(v.user_id::text || v.booth_id::text) % 50 = 0
       ON CONFLICT (booth_id, user_id) DO NOTHING`,
    ],
    [
      'booth figures',
      `INSERT INTO booth_hour_stats (booth_id, hour, visits, messages, leads)
       SELECT booth_id, hour, sum(visits)::int, sum(messages)::int, sum(leads)::int FROM (
         SELECT booth_id, date_trunc('hour', first_at, 'UTC') AS hour, 1 AS visits, 0 AS messages, 0 AS leads FROM booth_visits
         UNION ALL SELECT booth_id, date_trunc('hour', created_at, 'UTC'), 0, 0, 1 FROM leads
         UNION ALL SELECT r.booth_id, date_trunc('hour', m.created_at, 'UTC'), 0, 1, 0 FROM messages m JOIN rooms r ON r.id = m.room_id WHERE r.booth_id IS NOT NULL
       ) f GROUP BY 1, 2;
       INSERT INTO booth_stats (booth_id, visits, visitors, messages, leads)
       SELECT booth_id, sum(visits)::int, (SELECT count(DISTINCT user_id) FROM booth_visits v WHERE v.booth_id = s.booth_id)::int, sum(messages)::int, sum(leads)::int
       FROM booth_hour_stats s GROUP BY booth_id`,
    ],
    [
      'list counters',
      `INSERT INTO booth_status_counts (status, count) SELECT status, count(*) FROM trade_booths GROUP BY status;
       INSERT INTO company_booth_counts (company_id, status, count) SELECT company_id, status, count(*) FROM trade_booths GROUP BY company_id, status;
       INSERT INTO user_counts (role, verified, active, count) SELECT role, email_verified IS NOT NULL, is_active, count(*) FROM users GROUP BY 1, 2, 3`,
    ],
    ['room sequences', `UPDATE rooms SET last_seq = m.seq FROM (SELECT room_id, max(seq) AS seq FROM messages GROUP BY room_id) m WHERE m.room_id = rooms.id`],
  ]
}

/** Seeds an empty, migrated database, printing how long each step took. */
export async function seedDatabase(url: string, scale: Scale, passwordHash: string, log = console.log): Promise<void> {
  const client = new pg.Client(url)
  await client.connect()
  try {
    await client.query('SET synchronous_commit = off')
    // Bulk rows skip the row triggers (the list counters' among them); the seed fills the counters in one step.
    await client.query("SET session_replication_role = 'replica'")
    for (const [label, sql] of seedStatements(scale, passwordHash)) {
      const started = performance.now()
      await client.query(sql)
      if (label !== 'function') log(`  seeded ${label} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    }
    const started = performance.now()
    await client.query('VACUUM (ANALYZE)')
    log(`  vacuum analyze in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  } finally {
    await client.end()
  }
}
