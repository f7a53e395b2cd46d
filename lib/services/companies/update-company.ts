import { notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { isUniqueViolation } from '@/lib/db/errors'
import { publishDomainEvent } from '@/lib/events/domain-events'
import type { CompanyJson } from '@/lib/schemas/companies'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { fileStorage } from '@/lib/storage/file-storage'
import type { StoredFileRef } from '@/lib/storage/storage-driver'
import type { UploadedFile } from '@/lib/storage/uploaded-file'
import { companyToManage, duplicateName } from './company-access'
import { discardLogo, storeLogo } from './company-logo'
import { companyJsonSelect, companyNameKey, presentCompany } from './present-company'

/** What may change; `undefined` leaves a field as it is, `null` clears it. The owner never changes. */
export interface UpdateCompanyInput {
  name?: string
  location?: string | null
  size?: string | null
}

/**
 * Updates a company (its owner, staff or an admin). A new logo is stored first; one transaction
 * locks the row, points it at the new logo (or, for `image: null`, at none) and drops the old logo's
 * row; the old bytes are removed only after the commit. If the transaction fails, the new logo is
 * deleted: no orphans either way. `image` undefined keeps the logo as it is.
 */
export async function updateCompany(actor: Actor, id: string, input: UpdateCompanyInput, image?: UploadedFile | null): Promise<CompanyJson> {
  // Authorized before any bytes are stored; the owner of a company never changes, so this holds.
  await companyToManage(actor, id)
  const logo = await storeLogo(actor, image ?? undefined)
  const removeLogo = image === null
  const prisma = db()
  let result: { company: CompanyJson; replaced: StoredFileRef[] }
  try {
    result = await prisma.$transaction(async (tx) => {
      // Locked, so that two edits at once cannot both replace the same old logo and orphan one new one.
      const [current] = await tx.$queryRaw<
        Array<{ image_file_id: string | null }>
      >`SELECT image_file_id FROM companies WHERE id = ${id}::uuid AND deleted_at IS NULL FOR UPDATE`
      if (!current) throw notFound('Company')
      const company = await tx.company.update({
        where: { id },
        // Field by field: a request body is never spread into `data`.
        data: {
          ...(input.name !== undefined && { name: input.name.trim(), nameKey: companyNameKey(input.name) }),
          ...(input.location !== undefined && { location: input.location }),
          ...(input.size !== undefined && { size: input.size }),
          ...((logo || removeLogo) && { imageFileId: logo?.id ?? null }),
        },
        select: companyJsonSelect,
      })
      const replacedIds = (logo || removeLogo) && current.image_file_id ? [current.image_file_id] : []
      const replaced = await tx.storedFile.findMany({ where: { id: { in: replacedIds } }, select: { id: true, driver: true, key: true } })
      if (replaced.length) await tx.storedFile.deleteMany({ where: { id: { in: replacedIds } } })
      const changed = [...(['name', 'location', 'size'] as const).filter((field) => input[field] !== undefined), ...(logo || removeLogo ? ['image'] : [])]
      // A removal is a change of the logo ("Changed: logo"); `removed` says which way it went.
      const removed = removeLogo && current.image_file_id ? { removed: ['image'] } : {}
      await recordAudit(
        { ...auditContext(actor), action: 'company.updated', entityType: 'company', entityId: id, details: { name: company.name, changed, ...removed } },
        tx,
      )
      return { company: presentCompany(company), replaced }
    })
  } catch (error) {
    await discardLogo(logo)
    if (isUniqueViolation(error)) throw duplicateName()
    throw error
  }
  await fileStorage.removeBytes(result.replaced)
  publishDomainEvent({ entity: 'company', action: 'updated', id })
  return result.company
}
