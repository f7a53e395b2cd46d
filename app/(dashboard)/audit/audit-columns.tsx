'use client'

import type { ColumnDef } from '@tanstack/react-table'

import { DataTableColumnHeader } from '@/components/data-table/data-table-column-header'
import { AuditChanges, AuditSentence } from '@/components/audit/audit-sentence'
import type { AuditLogItem } from '@/lib/services/audit/list-audit-log'

// UTC, labelled in the header: the server renders this cell too, and both sides must print the same text.
const when = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
})

export const auditColumns: ColumnDef<AuditLogItem>[] = [
  {
    id: 'created_at',
    accessorKey: 'created_at',
    header: ({ column }) => <DataTableColumnHeader column={column} title="When (UTC)" />,
    cell: ({ row }) => (
      <time dateTime={row.original.created_at} className="whitespace-nowrap text-muted-foreground tabular-nums">
        {when.format(new Date(row.original.created_at))}
      </time>
    ),
    enableHiding: false,
    meta: { label: 'When', className: 'w-48' },
  },
  {
    id: 'sentence',
    header: 'What happened',
    enableSorting: false,
    enableHiding: false,
    cell: ({ row }) => <AuditSentence sentence={row.original.sentence} className="text-sm" />,
    meta: { label: 'What happened', className: 'min-w-64' },
  },
  {
    id: 'changes',
    header: 'Changes',
    enableSorting: false,
    cell: ({ row }) =>
      row.original.sentence.changes.length ? (
        <AuditChanges sentence={row.original.sentence} className="max-w-96" />
      ) : (
        <span className="text-muted-foreground">—</span>
      ),
    meta: { label: 'Changes', className: 'min-w-60' },
  },
  {
    id: 'actor',
    header: 'Actor email',
    enableSorting: false,
    cell: ({ row }) => <span className="text-xs text-muted-foreground">{row.original.actor?.email ?? '—'}</span>,
    meta: { label: 'Actor email' },
  },
  {
    id: 'ip',
    accessorKey: 'ip',
    header: 'IP',
    enableSorting: false,
    // The request id finds the change in the server's log.
    cell: ({ row }) => (
      <span className="font-mono text-xs text-muted-foreground" title={row.original.request_id ? `Request ${row.original.request_id}` : undefined}>
        {row.original.ip ?? '—'}
      </span>
    ),
    meta: { label: 'IP' },
  },
]
