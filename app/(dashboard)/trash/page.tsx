import type { Metadata } from 'next'
import { Trash2 } from 'lucide-react'
import { getTranslations } from 'next-intl/server'

import { BoothStatusBadge } from '@/components/exhibitors/booth-status-badge'
import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'
import { isAdmin, requireDashboardUser } from '@/lib/auth/dashboard-session'
import { TRASH_DAYS } from '@/lib/services/booths/booth-trash'
import { listTrashedBooths } from '@/lib/services/booths/list-trashed-booths'
import { listTrashedCompanies } from '@/lib/services/companies/list-trashed-companies'
import { listTrashedUsers } from '@/lib/services/users/list-trashed-users'
import { TrashRowActions } from './trash-row-actions'
import { TrashTable } from './trash-table'
import { TrashedAccounts } from './trashed-accounts'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('trash'))('title') }
}

export default async function TrashPage() {
  const user = await requireDashboardUser()
  const canPurge = isAdmin(user)
  // Accounts are for administrators only: staff see no accounts.
  const [booths, companies, accounts] = await Promise.all([listTrashedBooths(user), listTrashedCompanies(user), canPurge ? listTrashedUsers(user) : []])
  const t = await getTranslations('trash')
  return (
    <>
      <PageHeader title={t('title')} description={t('description', { days: TRASH_DAYS })} />
      {booths.length === 0 && companies.length === 0 && accounts.length === 0 && (
        <EmptyState icon={Trash2} title={t('empty')} description={t('emptyDescription')} />
      )}
      {accounts.length > 0 && <TrashedAccounts accounts={accounts} />}
      {companies.length > 0 && (
        <section aria-labelledby="trash-companies" className="flex flex-col gap-3">
          <h2 id="trash-companies" className="text-base font-semibold text-foreground">
            {t('companies')}
          </h2>
          <TrashTable
            label={t('deletedCompanies')}
            nameHeading={t('company')}
            extraHeading={t('booths')}
            rows={companies.map((company) => ({
              ...company,
              extra: t('boothCount', { count: company.booths }),
              actions: <TrashRowActions kind="company" record={company} canPurge={canPurge} />,
            }))}
          />
        </section>
      )}
      {booths.length > 0 && (
        <section aria-labelledby="trash-booths" className="flex flex-col gap-3">
          <h2 id="trash-booths" className="text-base font-semibold text-foreground">
            {t('tradeBooths')}
          </h2>
          <TrashTable
            label={t('deletedBooths')}
            nameHeading={t('booth')}
            extraHeading={t('status')}
            rows={booths.map((booth) => ({
              ...booth,
              name: booth.title,
              detail: booth.companyName,
              extra: <BoothStatusBadge status={booth.status} />,
              actions: <TrashRowActions kind="booth" record={{ id: booth.id, name: booth.title }} canPurge={canPurge} />,
            }))}
          />
        </section>
      )}
    </>
  )
}
