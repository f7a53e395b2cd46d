import type { ReactNode } from 'react'

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
const daysLeftText = (days: number) => (days <= 1 ? 'Last day' : `${days} days`)

export interface TrashRow {
  id: string
  /** What it is: its name, and a line under it. */
  name: string
  detail?: string
  /** A column of its own (a booth's status, a company's booths). */
  extra: ReactNode
  deletedBy: string | null
  deletedAt: Date
  purgeAt: Date
  daysLeft: number
  actions: ReactNode
}

/** One kind of record in the trash: what, who deleted it, when, the time left, and its actions. */
export function TrashTable({ label, nameHeading, extraHeading, rows }: { label: string; nameHeading: string; extraHeading: string; rows: TrashRow[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border bg-card">
      <Table aria-label={label}>
        <TableHeader>
          <TableRow>
            <TableHead>{nameHeading}</TableHead>
            <TableHead>{extraHeading}</TableHead>
            <TableHead>Deleted by</TableHead>
            <TableHead>Deleted (UTC)</TableHead>
            <TableHead>Time left</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell>
                <div className="font-medium text-foreground">{row.name}</div>
                {row.detail && <div className="text-xs text-muted-foreground">{row.detail}</div>}
              </TableCell>
              <TableCell>{row.extra}</TableCell>
              <TableCell>{row.deletedBy ?? 'A deleted account'}</TableCell>
              <TableCell>
                <time dateTime={row.deletedAt.toISOString()} className="whitespace-nowrap tabular-nums text-muted-foreground">
                  {when.format(row.deletedAt)}
                </time>
              </TableCell>
              <TableCell>
                <time dateTime={row.purgeAt.toISOString()} className="whitespace-nowrap tabular-nums">
                  {daysLeftText(row.daysLeft)}
                </time>
              </TableCell>
              <TableCell>{row.actions}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  )
}
