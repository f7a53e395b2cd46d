import { AppError, notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { isUniqueViolation } from '@/lib/db/errors'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import { publishBoothStatusChanged, publishDomainEvent } from '@/lib/events/domain-events'
import type { BoothWithWarningsJson } from '@/lib/schemas/booths'
import { uploadAndRemoveMessage } from '@/lib/schemas/uploaded-file'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { fileStorage } from '@/lib/storage/file-storage'
import type { StoredFileRef } from '@/lib/storage/storage-driver'
import { assertCanUseCompany, boothForChange } from './booth-access'
import { BOOTH_FILE_COLUMNS, storeBoothFiles, type BoothFileField, type BoothUploads } from './booth-files'
import { assertNotDuplicate, duplicateBooth, type BoothInput } from './booth-input'
import { findConflicts } from './find-conflicts'
import { parseSchedule, type Schedule } from '@/lib/schemas/booth-schedule'
import { boothJsonSelect, localTime, presentBooth } from './present-booth'

type Locked = { status: BoothStatus; image_file_id: string | null; pdf_file_id: string | null; docx_file_id: string | null }
const LOCKED_COLUMN: Record<BoothFileField, keyof Locked> = { image: 'image_file_id', pdf: 'pdf_file_id', docx: 'docx_file_id' }

type Current = { date: Date; startsAt: Date; endsAt: Date; timezone: string; location: string }

/** The new schedule when any part of it is given; unchanged parts keep their local wall-clock values. */
function nextSchedule(current: Current, input: Partial<BoothInput>): Schedule | null {
  if (input.date === undefined && input.startTime === undefined && input.endTime === undefined && input.timezone === undefined) return null
  return parseSchedule({
    date: input.date ?? current.date.toISOString().slice(0, 10),
    start_time: input.startTime ?? localTime(current.startsAt, current.timezone),
    end_time: input.endTime ?? localTime(current.endsAt, current.timezone),
    timezone: input.timezone ?? current.timezone,
  })
}

/**
 * The "schedule" of a booth is when and where it happens: its date, start, end, timezone and
 * location. Changing it after acceptance needs a new review; any edit of a rejected booth
 * resubmits it. Title, description and file edits keep an accepted booth accepted.
 */
function statusAfterEdit(status: BoothStatus, scheduleChanged: boolean): BoothStatus {
  if (status === 'rejected') return 'pending'
  if (status === 'accepted' && scheduleChanged) return 'pending'
  return status
}

/**
 * Updates a booth (its company's owner, staff or admin). Given files replace the old ones and
 * `removals` clear theirs (no file of a booth is required); the old rows go in the same transaction
 * and their bytes once it has committed. The snapshot taken at acceptance is kept, so a booth sent
 * back to review shows what changed.
 */
export async function updateBooth(
  actor: Actor,
  id: string,
  input: Partial<BoothInput>,
  uploads: BoothUploads = {},
  removals: readonly BoothFileField[] = [],
): Promise<BoothWithWarningsJson> {
  const both = removals.filter((field) => uploads[field])
  if (both.length) {
    throw new AppError('validation', uploadAndRemoveMessage(both[0]!), {
      errors: Object.fromEntries(both.map((field) => [field, [uploadAndRemoveMessage(field)]])),
    })
  }
  const prisma = db()
  const owned = await boothForChange(prisma, actor, id)
  if (input.companyId !== undefined && input.companyId !== owned.companyId) await assertCanUseCompany(prisma, actor, input.companyId)
  const current = await prisma.tradeBooth.findUniqueOrThrow({
    where: { id },
    select: { date: true, startsAt: true, endsAt: true, timezone: true, location: true },
  })
  const schedule = nextSchedule(current, input)

  const files = await storeBoothFiles(actor, uploads)
  let result: { booth: BoothWithWarningsJson; replaced: StoredFileRef[]; resubmitted: boolean; ownerId: string | null }
  try {
    result = await prisma.$transaction(async (tx) => {
      // Locked, so that two edits at once cannot both replace the same old file and orphan a new one.
      const [locked] = await tx.$queryRaw<
        Locked[]
      >`SELECT status::text AS status, image_file_id, pdf_file_id, docx_file_id FROM trade_booths WHERE id = ${id}::uuid AND deleted_at IS NULL FOR UPDATE`
      if (!locked) throw notFound('Booth')
      const before = await tx.tradeBooth.findUniqueOrThrow({
        where: { id },
        select: { companyId: true, title: true, location: true, date: true, startsAt: true, endsAt: true, timezone: true },
      })
      const next = {
        companyId: input.companyId ?? before.companyId,
        title: input.title ?? before.title,
        location: input.location ?? before.location,
        startsAt: schedule?.startsAt ?? before.startsAt,
      }
      const scheduleChanged =
        next.location !== before.location ||
        (schedule !== null &&
          (schedule.startsAt.getTime() !== before.startsAt.getTime() ||
            schedule.endsAt.getTime() !== before.endsAt.getTime() ||
            schedule.date.getTime() !== before.date.getTime() ||
            schedule.timezone !== before.timezone))
      await assertNotDuplicate(tx, { ...next, excludeId: id })
      const status = statusAfterEdit(locked.status, scheduleChanged)
      const replacing = Object.keys(files.stored) as BoothFileField[]
      // Only files there are count as removed: removing a missing file changes nothing.
      const removing = removals.filter((field) => locked[LOCKED_COLUMN[field]])
      const replacedIds = [...replacing, ...removing].map((field) => locked[LOCKED_COLUMN[field]]).filter((old): old is string => Boolean(old))

      const booth = await tx.tradeBooth.update({
        where: { id },
        // Field by field: a request body is never spread into `data`.
        data: {
          ...(input.companyId !== undefined && { companyId: input.companyId }),
          ...(input.title !== undefined && { title: input.title }),
          ...(input.location !== undefined && { location: input.location }),
          ...(input.description !== undefined && { description: input.description }),
          ...(schedule && { date: schedule.date, startsAt: schedule.startsAt, endsAt: schedule.endsAt, timezone: schedule.timezone }),
          ...(status !== locked.status && { status, reason: null }),
          ...Object.fromEntries(replacing.map((field) => [BOOTH_FILE_COLUMNS[field], files.stored[field]!.id])),
          ...Object.fromEntries(removing.map((field) => [BOOTH_FILE_COLUMNS[field], null])),
        },
        select: boothJsonSelect,
      })
      const replaced = await tx.storedFile.findMany({ where: { id: { in: replacedIds } }, select: { id: true, driver: true, key: true } })
      if (replaced.length) await tx.storedFile.deleteMany({ where: { id: { in: replacedIds } } })
      const resubmitted = status !== locked.status
      await recordAudit(
        {
          ...auditContext(actor),
          action: resubmitted ? 'booth.resubmitted' : 'booth.updated',
          entityType: 'trade_booth',
          entityId: id,
          details: {
            title: booth.title,
            status_from: locked.status,
            status_to: status,
            schedule_changed: scheduleChanged,
            files: replacing,
            ...(removing.length > 0 && { files_removed: removing }),
          },
        },
        tx,
      )
      const warnings = await findConflicts({ location: booth.location, startsAt: booth.startsAt, endsAt: booth.endsAt, excludeId: id }, actor, tx)
      // Who hears of a status change: the owner of the company the booth is in now.
      const ownerId = resubmitted ? (await tx.company.findUniqueOrThrow({ where: { id: booth.companyId }, select: { ownerId: true } })).ownerId : null
      return { booth: { ...presentBooth(booth), warnings }, replaced, resubmitted, ownerId }
    })
  } catch (error) {
    await files.discard()
    if (isUniqueViolation(error)) throw duplicateBooth()
    throw error
  }
  await fileStorage.removeBytes(result.replaced)
  publishDomainEvent({ entity: 'booth', action: result.resubmitted ? 'resubmitted' : 'updated', id, status: result.booth.status })
  if (result.ownerId) {
    const { title, status } = result.booth
    publishBoothStatusChanged({ boothId: id, ownerId: result.ownerId, title, status, reason: null, changedAt: new Date() })
  }
  return result.booth
}
