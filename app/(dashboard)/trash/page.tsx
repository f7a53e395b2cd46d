import type { Metadata } from 'next'
import { Trash2 } from 'lucide-react'

import { BoothStatusBadge } from '@/components/exhibitors/booth-status-badge'
import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { isAdmin, requireDashboardUser } from '@/lib/auth/dashboard-session'
import { TRASH_DAYS } from '@/lib/services/booths/booth-trash'
import { listTrashedBooths } from '@/lib/services/booths/list-trashed-booths'
import { TrashRowActions } from './trash-row-actions'

export const metadata: Metadata = { title: 'Trash' }

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
const daysLeftText = (days: number) => (days <= 1 ? 'Last day' : `${days} days`)

export default async function TrashPage() {
  const user = await requireDashboardUser()
  const booths = await listTrashedBooths(user)
  return (
    <>
      <PageHeader
        title="Trash"
        description={`Deleted trade booths stay here for ${TRASH_DAYS} days with their files, chat rooms and messages; restore one to bring all of it back. After that they are deleted for good.`}
      />
      {booths.length === 0 ? (
        <EmptyState icon={Trash2} title="The trash is empty" description="Booths you delete wait here, restorable, before they are gone for good." />
      ) : (
        <div className="overflow-x-auto rounded-xl border bg-card">
          <Table aria-label="Deleted booths">
            <TableHeader>
              <TableRow>
                <TableHead>Booth</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Deleted by</TableHead>
                <TableHead>Deleted (UTC)</TableHead>
                <TableHead>Time left</TableHead>
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {booths.map((booth) => (
                <TableRow key={booth.id}>
                  <TableCell>
                    <div className="font-medium text-foreground">{booth.title}</div>
                    <div className="text-xs text-muted-foreground">{booth.companyName}</div>
                  </TableCell>
                  <TableCell>
                    <BoothStatusBadge status={booth.status} />
                  </TableCell>
                  <TableCell>{booth.deletedBy ?? 'A deleted account'}</TableCell>
                  <TableCell>
                    <time dateTime={booth.deletedAt.toISOString()} className="whitespace-nowrap tabular-nums text-muted-foreground">
                      {when.format(booth.deletedAt)}
                    </time>
                  </TableCell>
                  <TableCell>
                    <time dateTime={booth.purgeAt.toISOString()} className="whitespace-nowrap tabular-nums">
                      {daysLeftText(booth.daysLeft)}
                    </time>
                  </TableCell>
                  <TableCell>
                    <TrashRowActions booth={{ id: booth.id, title: booth.title }} canPurge={isAdmin(user)} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  )
}
