import { hasRole } from '@/lib/auth/auth-user'
import { db } from '@/lib/db'
import { forbidden } from '@/lib/errors'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import { Prisma } from '@/lib/generated/prisma/client'
import { containsPattern } from '@/lib/keyset-sql'
import type { Actor } from '@/lib/services/actor'
import { visibleBoothsSql } from '@/lib/services/booths/booth-visibility'

/** How many hits per kind: a palette shows a handful, the full lists are a click away. */
export const HITS_PER_KIND = 5

export interface RecordHits {
  /** Admins only: the users list is theirs. */
  users: { id: string; name: string | null; email: string }[]
  companies: { id: string; name: string }[]
  booths: { id: string; title: string; companyName: string; status: BoothStatus }[]
  rooms: { id: string; name: string }[]
}

/** Names that start with the text come first, then the rest alphabetically. */
const startsFirst = (column: Prisma.Sql, prefix: string) => Prisma.sql`(${column} ILIKE ${prefix}) DESC, ${column}`

/**
 * Users, companies, booths and rooms whose name contains `text`, for the dashboard's command palette
 * (staff and admins). Each kind is one indexed statement (trigram indexes serve `ILIKE '%…%'`) under
 * the same visibility rules as the lists.
 */
export async function searchRecords(actor: Pick<Actor, 'id' | 'role'>, text: string): Promise<RecordHits> {
  if (!hasRole(actor.role, 'staff')) throw forbidden('Only staff can search the dashboard')
  const term = text.trim()
  if (!term) return { users: [], companies: [], booths: [], rooms: [] }
  const like = containsPattern(term)
  const prefix = `${like.slice(1)}`
  const prisma = db()
  const [users, companies, booths, rooms] = await Promise.all([
    hasRole(actor.role, 'admin')
      ? prisma.$queryRaw<RecordHits['users']>`SELECT u.id::text, u.name, u.email FROM users u
          WHERE (u.name ILIKE ${like} OR u.email ILIKE ${like}) AND u.deleted_at IS NULL
          ORDER BY ${startsFirst(Prisma.sql`coalesce(u.name, u.email)`, prefix)} LIMIT ${HITS_PER_KIND}`
      : Promise.resolve([]),
    prisma.$queryRaw<RecordHits['companies']>`SELECT c.id::text, c.name FROM companies c
      WHERE c.name ILIKE ${like} AND c.deleted_at IS NULL ORDER BY ${startsFirst(Prisma.sql`c.name`, prefix)} LIMIT ${HITS_PER_KIND}`,
    prisma.$queryRaw<RecordHits['booths']>`SELECT b.id::text, b.title, c.name AS "companyName", b.status::text AS status
      FROM trade_booths b JOIN companies c ON c.id = b.company_id
      WHERE b.title ILIKE ${like} AND ${visibleBoothsSql(actor)}
      ORDER BY ${startsFirst(Prisma.sql`b.title`, prefix)} LIMIT ${HITS_PER_KIND}`,
    prisma.$queryRaw<RecordHits['rooms']>`SELECT r.id::text, r.name FROM rooms r
      WHERE r.name ILIKE ${like} AND (r.booth_id IS NULL OR EXISTS (SELECT 1 FROM trade_booths b WHERE b.id = r.booth_id AND ${visibleBoothsSql(actor)}))
      ORDER BY ${startsFirst(Prisma.sql`r.name`, prefix)} LIMIT ${HITS_PER_KIND}`,
  ])
  return { users, companies, booths, rooms }
}
