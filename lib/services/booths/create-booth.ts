import { db } from '@/lib/db'
import { isUniqueViolation } from '@/lib/db/errors'
import { publishDomainEvent } from '@/lib/events/domain-events'
import type { BoothWithWarningsJson } from '@/lib/schemas/booths'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { assertCanUseCompany } from './booth-access'
import { storeBoothFiles, type BoothUploads } from './booth-files'
import { assertNotDuplicate, duplicateBooth, type BoothInput } from './booth-input'
import { findConflicts } from './find-conflicts'
import { parseSchedule } from '@/lib/schemas/booth-schedule'
import { boothJsonSelect, presentBooth } from './present-booth'

/**
 * Creates a booth in a company the actor owns (staff and admins: any company); it starts `pending`.
 * Files are checked and stored first; if the booth cannot be written they are deleted again.
 * Overlapping booths at the same location come back as `warnings`, not as a refusal.
 */
export async function createBooth(actor: Actor, input: BoothInput, uploads: BoothUploads = {}): Promise<BoothWithWarningsJson> {
  const schedule = parseSchedule({ date: input.date, start_time: input.startTime, end_time: input.endTime, timezone: input.timezone ?? 'UTC' })
  const prisma = db()
  await assertCanUseCompany(prisma, actor, input.companyId)

  const files = await storeBoothFiles(actor, uploads)
  let created: BoothWithWarningsJson
  try {
    created = await prisma.$transaction(async (tx) => {
      await assertNotDuplicate(tx, { companyId: input.companyId, title: input.title, location: input.location, startsAt: schedule.startsAt })
      const booth = await tx.tradeBooth.create({
        // Field by field: a request body is never spread into `data`.
        data: {
          companyId: input.companyId,
          createdById: actor.id,
          title: input.title,
          date: schedule.date,
          startsAt: schedule.startsAt,
          endsAt: schedule.endsAt,
          timezone: schedule.timezone,
          location: input.location,
          description: input.description ?? '',
          status: 'pending',
          imageFileId: files.stored.image?.id ?? null,
          pdfFileId: files.stored.pdf?.id ?? null,
          docxFileId: files.stored.docx?.id ?? null,
        },
        select: boothJsonSelect,
      })
      await recordAudit(
        { ...auditContext(actor), action: 'booth.created', entityType: 'trade_booth', entityId: booth.id, details: { status: 'pending', title: booth.title } },
        tx,
      )
      const warnings = await findConflicts({ location: booth.location, startsAt: booth.startsAt, endsAt: booth.endsAt, excludeId: booth.id }, actor, tx)
      return { ...presentBooth(booth), warnings }
    })
  } catch (error) {
    await files.discard()
    if (isUniqueViolation(error)) throw duplicateBooth()
    throw error
  }
  publishDomainEvent({ entity: 'booth', action: 'created', id: created.id, status: created.status })
  return created
}
