import type { Metadata } from 'next'

import { PageHeader } from '@/components/shell/page-header'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { BoothForm } from '../booth-form'
import { companyChoices } from '../company-names'
import { timezoneOptions } from '../timezone-options'

export const metadata: Metadata = { title: 'New booth' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function NewBoothPage({ searchParams }: { searchParams: SearchParams }) {
  await requireDashboardUser()
  const companies = await companyChoices()
  const wanted = (await searchParams).company_id
  // Preselect the company a detail page linked from, if it is one we know.
  const companyId = typeof wanted === 'string' && companies.some((company) => company.id === wanted) ? wanted : undefined
  return (
    <>
      <PageHeader title="New trade booth" description="A titled slot at a location, with an image and brochures. It starts pending until staff review it." />
      <BoothForm companies={companies} timezones={timezoneOptions()} companyId={companyId} />
    </>
  )
}
