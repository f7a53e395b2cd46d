'use client'

import type { ColumnDef } from '@tanstack/react-table'
import { useFormatter, type useTranslations } from 'next-intl'

import { DataTableColumnHeader } from '@/components/data-table/data-table-column-header'
import { AuditChanges, AuditSentence } from '@/components/audit/audit-sentence'
import type { AuditLogItem } from '@/lib/services/audit/list-audit-log'

/** When, to the second, in the reader's language, clock and time zone (the server renders it with the same zone, from the cookie). */
function When({ at }: { at: string }) {
  const text = useFormatter().dateTime(new Date(at), 'dateTime')
  return (
    <time dateTime={at} className="whitespace-nowrap text-muted-foreground tabular-nums">
      {text}
    </time>
  )
}

export const auditColumns = (t: ReturnType<typeof useTranslations<'audit'>>): ColumnDef<AuditLogItem>[] => [
  {
    id: 'created_at',
    accessorKey: 'created_at',
    header: ({ column }) => <DataTableColumnHeader column={column} title={t('table.when')} />,
    cell: ({ row }) => <When at={row.original.created_at} />,
    enableHiding: false,
    meta: { label: t('table.when'), className: 'w-48' },
  },
  {
    id: 'sentence',
    header: t('table.whatHappened'),
    enableSorting: false,
    enableHiding: false,
    cell: ({ row }) => <AuditSentence sentence={row.original.sentence} className="text-sm" />,
    meta: { label: t('table.whatHappened'), className: 'min-w-64' },
  },
  {
    id: 'changes',
    header: t('table.changes'),
    enableSorting: false,
    cell: ({ row }) =>
      row.original.sentence.changes.length ? (
        <AuditChanges sentence={row.original.sentence} className="max-w-96" />
      ) : (
        <span className="text-muted-foreground">—</span>
      ),
    meta: { label: t('table.changes'), className: 'min-w-60' },
  },
  {
    id: 'actor',
    header: t('table.actorEmail'),
    enableSorting: false,
    cell: ({ row }) => (
      <span dir="ltr" className="text-xs text-muted-foreground">
        {row.original.actor?.email ?? '—'}
      </span>
    ),
    meta: { label: t('table.actorEmail') },
  },
  {
    id: 'ip',
    accessorKey: 'ip',
    header: t('table.ip'),
    enableSorting: false,
    // The request id finds the change in the server's log.
    cell: ({ row }) => (
      <span
        className="font-mono text-xs text-muted-foreground"
        dir="ltr"
        title={row.original.request_id ? t('table.request', { id: row.original.request_id }) : undefined}
      >
        {row.original.ip ?? '—'}
      </span>
    ),
    meta: { label: t('table.ip') },
  },
]
