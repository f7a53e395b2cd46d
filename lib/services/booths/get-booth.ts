import { notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import type { BoothJson } from '@/lib/schemas/booths'
import type { Actor } from '@/lib/services/actor'
import { isUuid } from '@/lib/services/is-uuid'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import { boothColumnsSelect, presentBooth, withBoothFiles } from './present-booth'

/** One booth. Every signed-in user may read every booth (the actor is for symmetry and auditing later). */
export async function getBooth(_actor: Actor, id: string): Promise<BoothJson> {
  const booth = isUuid(id) ? await db().tradeBooth.findUnique({ where: { id }, select: boothColumnsSelect }) : null
  if (!booth) throw notFound('Booth')
  const [row] = await withBoothFiles([booth])
  return presentBooth(row!)
}

export interface BoothStatusJson {
  id: string
  status: BoothStatus
  reason: string | null
}

/** A booth's review status and, when rejected, the reason. */
export async function getBoothStatus(id: string): Promise<BoothStatusJson> {
  const booth = isUuid(id) ? await db().tradeBooth.findUnique({ where: { id }, select: { id: true, status: true, reason: true } }) : null
  if (!booth) throw notFound('Booth')
  return booth
}
