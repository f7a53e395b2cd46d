import type { ReactNode } from 'react'
import { useFormatter, useTranslations } from 'next-intl'

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'

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
  const t = useTranslations('trash')
  const format = useFormatter()
  const when = (at: Date) => format.dateTime(at, 'dateTime')
  return (
    <div className="overflow-x-auto rounded-xl border bg-card">
      <Table aria-label={label}>
        <TableHeader>
          <TableRow>
            <TableHead>{nameHeading}</TableHead>
            <TableHead>{extraHeading}</TableHead>
            <TableHead>{t('deletedBy')}</TableHead>
            <TableHead>{t('deletedAt')}</TableHead>
            <TableHead>{t('timeLeft')}</TableHead>
            <TableHead>
              <span className="sr-only">{t('actions')}</span>
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
              <TableCell>{row.deletedBy ?? t('deletedAccount')}</TableCell>
              <TableCell>
                <time dateTime={row.deletedAt.toISOString()} className="whitespace-nowrap tabular-nums text-muted-foreground">
                  {when(row.deletedAt)}
                </time>
              </TableCell>
              <TableCell>
                <time dateTime={row.purgeAt.toISOString()} className="whitespace-nowrap tabular-nums">
                  {t('daysLeft', { days: Math.max(1, row.daysLeft) })}
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
