import { db } from '@/lib/db'
import { notTrashed } from '@/lib/services/booths/booth-visibility'

/** What the table shows beside the API's company: the owner's email and how many booths it has. */
export interface CompanyExtras {
  ownerEmail: string | null
  booths: number
}

/** One query each for the page's owners and booth counts, not one per row. */
export async function companyExtras(companies: { id: string; owner_id: string }[]): Promise<Record<string, CompanyExtras>> {
  if (companies.length === 0) return {}
  const prisma = db()
  const [owners, counts] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: [...new Set(companies.map((c) => c.owner_id))] } }, select: { id: true, email: true } }),
    prisma.tradeBooth.groupBy({ by: ['companyId'], where: { companyId: { in: companies.map((c) => c.id) }, ...notTrashed }, _count: { _all: true } }),
  ])
  const emailOf = new Map(owners.map((owner) => [owner.id, owner.email]))
  const countOf = new Map(counts.map((row) => [row.companyId, row._count._all]))
  return Object.fromEntries(companies.map((c) => [c.id, { ownerEmail: emailOf.get(c.owner_id) ?? null, booths: countOf.get(c.id) ?? 0 }]))
}
