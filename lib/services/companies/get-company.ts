import { notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { CompanyWithBoothsJson } from '@/lib/schemas/companies'
import type { Actor } from '@/lib/services/actor'
import { boothJsonSelect, presentBooth } from '@/lib/services/booths/present-booth'
import { isUuid } from '@/lib/services/is-uuid'
import { canManageCompany } from './company-access'
import { companyJsonSelect, presentCompany } from './present-company'

/**
 * One company with its booths, in schedule order. Any signed-in user sees the company; its owner,
 * staff and admins see every booth, everyone else only the accepted ones (a pending or rejected
 * booth, with its rejection reason, is the exhibitor's business).
 */
export async function getCompany(actor: Actor, id: string): Promise<CompanyWithBoothsJson> {
  if (!isUuid(id)) throw notFound('Company')
  const prisma = db()
  const company = await prisma.company.findUnique({ where: { id }, select: companyJsonSelect })
  if (!company) throw notFound('Company')
  const where: Prisma.TradeBoothWhereInput = canManageCompany(actor, company) ? { companyId: id } : { companyId: id, status: 'accepted' }
  const booths = await prisma.tradeBooth.findMany({ where, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], select: boothJsonSelect })
  return { ...presentCompany(company), booths: booths.map(presentBooth) }
}
