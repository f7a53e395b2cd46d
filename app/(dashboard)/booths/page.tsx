import type { Metadata } from 'next'
import Link from 'next/link'
import { Plus } from 'lucide-react'
import { getTranslations } from 'next-intl/server'

import { PageHeader } from '@/components/shell/page-header'
import { Button } from '@/components/ui/button'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { listBooths } from '@/lib/services/booths/list-booths'
import { BoothsTable } from './booths-table'
import { boothsQuery } from './booths-query'
import { companyChoices, companyNames } from './company-names'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('booths.meta'))('list') }
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function BoothsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireDashboardUser()
  const t = await getTranslations('booths.list')
  const [page, companies] = await Promise.all([listBooths(user, boothsQuery(await searchParams)), companyChoices()])
  const names = await companyNames(page.items.map((booth) => booth.company_id))
  const rows = page.items.map((booth) => ({ ...booth, company_name: names[booth.company_id] ?? '—' }))
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button asChild>
            <Link href="/booths/new">
              <Plus aria-hidden />
              {t('newBooth')}
            </Link>
          </Button>
        }
      />
      <BoothsTable booths={rows} total={page.total} totalCapped={page.total_capped} page={page.page} pageSize={page.page_size} companies={companies} />
    </>
  )
}
