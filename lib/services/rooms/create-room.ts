import { db } from '@/lib/db'
import { publishDomainEvent } from '@/lib/events/domain-events'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import type { RoomRow } from './find-room'
import { requireModerator } from './require-moderator'

/** Creates a general room (staff). Booth rooms come from accepting a booth, not from here. */
export async function createRoom(actor: Actor, name: string): Promise<RoomRow> {
  requireModerator(actor)
  const created = await db().$transaction(async (tx) => {
    const room = await tx.room.create({ data: { name, kind: 'general', createdById: actor.id }, select: { id: true, name: true, boothId: true } })
    await recordAudit({ ...auditContext(actor), action: 'room.created', entityType: 'room', entityId: room.id, details: { name } }, tx)
    return room
  })
  publishDomainEvent({ entity: 'room', action: 'created', id: created.id })
  return created
}
