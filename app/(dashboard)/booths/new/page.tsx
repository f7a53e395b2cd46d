import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageHeader } from '@/components/shell/page-header'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { BoothForm } from '../booth-form'
import { companyChoices } from '../company-names'
import { timezoneOptions } from '../timezone-options'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('booths.meta'))('new') }
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function NewBoothPage({ searchParams }: { searchParams: SearchParams }) {
  await requireDashboardUser()
  const t = await getTranslations('booths.new')
  const companies = await companyChoices()
  const wanted = (await searchParams).company_id
  // Preselect the company a detail page linked from, if it is one we know.
  const companyId = typeof wanted === 'string' && companies.some((company) => company.id === wanted) ? wanted : undefined
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <BoothForm companies={companies} timezones={timezoneOptions()} companyId={companyId} />
    </>
  )
}
