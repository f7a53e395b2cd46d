import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { requireDashboardUser } from '@/lib/auth/dashboard-session'

export const metadata: Metadata = { title: 'Page not found' }

// Any other path under the dashboard: its 404 inside the dashboard's frame, for signed-in staff
// (anyone else is sent to sign in first, so unknown paths reveal nothing).
export default async function MissingPage() {
  await requireDashboardUser()
  notFound()
}
