import { db } from '@/lib/db'
import { isUniqueViolation } from '@/lib/db/errors'
import { publishDomainEvent } from '@/lib/events/domain-events'
import type { CompanyJson } from '@/lib/schemas/companies'
import { auditContext, type Actor } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import type { UploadedFile } from '@/lib/storage/uploaded-file'
import { discardLogo, storeLogo } from './company-logo'
import { duplicateName } from './company-access'
import { companyJsonSelect, companyNameKey, presentCompany } from './present-company'

/** What a client may set on a new company; the owner is always the actor. */
export interface CreateCompanyInput {
  name: string
  location?: string | null
  size?: string | null
}

/**
 * Creates a company owned by the actor. The logo is stored first; if the insert then fails (a
 * duplicate name that won a race, a database error) the logo is deleted again.
 */
export async function createCompany(actor: Actor, input: CreateCompanyInput, image?: UploadedFile): Promise<CompanyJson> {
  const nameKey = companyNameKey(input.name)
  const prisma = db()
  // Cheap early answer before storing any bytes; the unique index still decides under a race.
  if (await prisma.company.findFirst({ where: { nameKey, deletedAt: null }, select: { id: true } })) throw duplicateName()

  const logo = await storeLogo(actor, image)
  let created: CompanyJson
  try {
    created = await prisma.$transaction(async (tx) => {
      const company = await tx.company.create({
        // Field by field: a request body is never spread into `data`.
        data: {
          name: input.name.trim(),
          nameKey,
          location: input.location ?? null,
          size: input.size ?? null,
          imageFileId: logo?.id ?? null,
          ownerId: actor.id,
        },
        select: companyJsonSelect,
      })
      await recordAudit({ ...auditContext(actor), action: 'company.created', entityType: 'company', entityId: company.id, details: { name: company.name } }, tx)
      return presentCompany(company)
    })
  } catch (error) {
    await discardLogo(logo)
    if (isUniqueViolation(error)) throw duplicateName()
    throw error
  }
  publishDomainEvent({ entity: 'company', action: 'created', id: created.id })
  return created
}
