import { notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import type { CompanyWithBoothsJson } from '@/lib/schemas/companies'
import type { Actor } from '@/lib/services/actor'
import { withVisibleBooths } from '@/lib/services/booths/booth-visibility'
import { boothJsonSelect, presentBooth } from '@/lib/services/booths/present-booth'
import { isUuid } from '@/lib/services/is-uuid'
import { companyJsonSelect, presentCompany } from './present-company'

/**
 * One company with its booths, in schedule order. Any signed-in user sees the company; its booths
 * are those `actor` may see (visibleBoothsWhere: its owner, staff and admins see every booth,
 * everyone else only the accepted ones).
 */
export async function getCompany(actor: Actor, id: string): Promise<CompanyWithBoothsJson> {
  if (!isUuid(id)) throw notFound('Company')
  const prisma = db()
  const company = await prisma.company.findFirst({ where: { id, deletedAt: null }, select: companyJsonSelect })
  if (!company) throw notFound('Company')
  const where = withVisibleBooths(actor, { companyId: id })
  const booths = await prisma.tradeBooth.findMany({ where, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], select: boothJsonSelect })
  return { ...presentCompany(company), booths: booths.map(presentBooth) }
}
