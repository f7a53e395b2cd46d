import { notFound } from 'next/navigation'
import { AppError } from '@/lib/errors'
import type { DashboardUser } from '@/lib/auth/dashboard-session'
import type { BoothJson } from '@/lib/schemas/booths'
import { getBooth } from '@/lib/services/booths/get-booth'

/** The booth of a dashboard URL, or Next's 404 page when there is none. */
export async function loadBooth(user: DashboardUser, id: string): Promise<BoothJson> {
  try {
    return await getBooth({ id: user.id, role: user.role }, id)
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound()
    throw error
  }
}
