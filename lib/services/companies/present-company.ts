import type { CompanyJson } from '@/lib/schemas/companies'

/** The columns `presentCompany` needs: select exactly these. */
export const companyJsonSelect = {
  id: true,
  name: true,
  location: true,
  size: true,
  ownerId: true,
  createdAt: true,
  imageFile: { select: { url: true } },
} as const

export interface CompanyRow {
  id: string
  name: string
  location: string | null
  size: string | null
  ownerId: string
  createdAt: Date
  imageFile: { url: string } | null
}

/** The wire form of a company (snake_case). */
export function presentCompany(company: CompanyRow): CompanyJson {
  return {
    id: company.id,
    name: company.name,
    location: company.location,
    size: company.size,
    image_url: company.imageFile?.url ?? null,
    owner_id: company.ownerId,
    created_at: company.createdAt.toISOString(),
  }
}

/** Names are unique case-insensitively: the key the database's unique index holds. */
export const companyNameKey = (name: string) => name.trim().toLowerCase()
