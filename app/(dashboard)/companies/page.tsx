import type { Metadata } from 'next'
import Link from 'next/link'
import { Plus } from 'lucide-react'
import { getTranslations } from 'next-intl/server'

import { PageHeader } from '@/components/shell/page-header'
import { Button } from '@/components/ui/button'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { listCompanies } from '@/lib/services/companies/list-companies'
import { CompaniesTable } from './companies-table'
import { companiesQuery } from './companies-query'
import { companyExtras } from './company-extras'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('companies.meta'))('list') }
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function CompaniesPage({ searchParams }: { searchParams: SearchParams }) {
  await requireDashboardUser()
  const t = await getTranslations('companies.list')
  const page = await listCompanies(companiesQuery(await searchParams))
  const extras = await companyExtras(page.items)
  const rows = page.items.map((company) => ({ ...company, ownerEmail: null, booths: 0, ...extras[company.id] }))
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button asChild>
            <Link href="/companies/new">
              <Plus aria-hidden />
              {t('newCompany')}
            </Link>
          </Button>
        }
      />
      <CompaniesTable companies={rows} total={page.total} page={page.page} pageSize={page.page_size} />
    </>
  )
}
