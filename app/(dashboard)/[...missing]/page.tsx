import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { requireDashboardUser } from '@/lib/auth/dashboard-session'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('shell.notFound')
  return { title: t('metaTitle') }
}

// Any other path under the dashboard: its 404 inside the dashboard's frame, for signed-in staff
// (anyone else is sent to sign in first, so unknown paths reveal nothing).
export default async function MissingPage() {
  await requireDashboardUser()
  notFound()
}
