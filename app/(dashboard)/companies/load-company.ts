import { notFound } from 'next/navigation'
import { AppError } from '@/lib/errors'
import type { DashboardUser } from '@/lib/auth/dashboard-session'
import type { CompanyWithBoothsJson } from '@/lib/schemas/companies'
import { getCompany } from '@/lib/services/companies/get-company'

/** The company of a dashboard URL, or Next's 404 page when there is none. */
export async function loadCompany(user: DashboardUser, id: string): Promise<CompanyWithBoothsJson> {
  try {
    return await getCompany({ id: user.id, role: user.role }, id)
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound()
    throw error
  }
}
