import type { Metadata } from 'next'
import Link from 'next/link'
import { Plus } from 'lucide-react'

import { PageHeader } from '@/components/shell/page-header'
import { Button } from '@/components/ui/button'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { listCompanies } from '@/lib/services/companies/list-companies'
import { CompaniesTable } from './companies-table'
import { companiesQuery } from './companies-query'
import { companyExtras } from './company-extras'

export const metadata: Metadata = { title: 'Companies' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function CompaniesPage({ searchParams }: { searchParams: SearchParams }) {
  await requireDashboardUser()
  const page = await listCompanies(companiesQuery(await searchParams))
  const extras = await companyExtras(page.items)
  const rows = page.items.map((company) => ({ ...company, ownerEmail: null, booths: 0, ...extras[company.id] }))
  return (
    <>
      <PageHeader
        title="Companies"
        description="Exhibiting companies with their location, size, owner and trade booths."
        actions={
          <Button asChild>
            <Link href="/companies/new">
              <Plus aria-hidden />
              New company
            </Link>
          </Button>
        }
      />
      <CompaniesTable companies={rows} total={page.total} page={page.page} pageSize={page.page_size} />
    </>
  )
}
