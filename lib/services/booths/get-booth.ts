import { notFound } from '@/lib/errors'
import { db, sqlRows } from '@/lib/db'
import type { BoothJson } from '@/lib/schemas/booths'
import type { Actor } from '@/lib/services/actor'
import { isUuid } from '@/lib/services/is-uuid'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import { withVisibleBooths } from './booth-visibility'
import { boothRowOf, boothSql, type BoothSqlRow } from './list-booths-sql'
import { presentBooth } from './present-booth'

/**
 * One booth, if `actor` may see it (the visibility rule); a booth under review is a 404 to anyone
 * else. One statement with the file URLs joined in (boothSql), as the list reads its rows.
 */
export async function getBooth(actor: Actor, id: string): Promise<BoothJson> {
  const [row] = isUuid(id) ? await sqlRows<BoothSqlRow>(boothSql(actor, id)) : []
  if (!row) throw notFound('Booth')
  return presentBooth(boothRowOf(row))
}

export interface BoothStatusJson {
  id: string
  status: BoothStatus
  reason: string | null
}

/**
 * A booth's review status and, when rejected, the reviewer's reason: for whoever may see the booth
 * (visibleBoothsWhere), so the reason stays between the owner and staff; anyone else gets a 404.
 */
export async function getBoothStatus(actor: Actor, id: string): Promise<BoothStatusJson> {
  const booth = isUuid(id)
    ? await db().tradeBooth.findFirst({ where: withVisibleBooths(actor, { id }), select: { id: true, status: true, reason: true } })
    : null
  if (!booth) throw notFound('Booth')
  return booth
}
