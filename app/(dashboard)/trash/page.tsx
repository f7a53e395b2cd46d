import type { Metadata } from 'next'
import { Trash2 } from 'lucide-react'

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

export const metadata: Metadata = { title: 'Trash' }

const boothsText = (n: number) => (n === 1 ? '1 booth' : `${n} booths`)

export default async function TrashPage() {
  const user = await requireDashboardUser()
  const canPurge = isAdmin(user)
  // Accounts are for administrators only: staff see no accounts.
  const [booths, companies, accounts] = await Promise.all([listTrashedBooths(user), listTrashedCompanies(user), canPurge ? listTrashedUsers(user) : []])
  return (
    <>
      <PageHeader
        title="Trash"
        description={`Deleted companies and trade booths stay here for ${TRASH_DAYS} days with their files, chat rooms and messages; restore one to bring all of it back. After that they are deleted for good.`}
      />
      {booths.length === 0 && companies.length === 0 && accounts.length === 0 && (
        <EmptyState
          icon={Trash2}
          title="The trash is empty"
          description="Companies and booths you delete wait here, restorable, before they are gone for good."
        />
      )}
      {accounts.length > 0 && <TrashedAccounts accounts={accounts} />}
      {companies.length > 0 && (
        <section aria-labelledby="trash-companies" className="flex flex-col gap-3">
          <h2 id="trash-companies" className="text-base font-semibold text-foreground">
            Companies
          </h2>
          <TrashTable
            label="Deleted companies"
            nameHeading="Company"
            extraHeading="Booths"
            rows={companies.map((company) => ({
              ...company,
              extra: boothsText(company.booths),
              actions: <TrashRowActions kind="company" record={company} canPurge={canPurge} />,
            }))}
          />
        </section>
      )}
      {booths.length > 0 && (
        <section aria-labelledby="trash-booths" className="flex flex-col gap-3">
          <h2 id="trash-booths" className="text-base font-semibold text-foreground">
            Trade booths
          </h2>
          <TrashTable
            label="Deleted booths"
            nameHeading="Booth"
            extraHeading="Status"
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
