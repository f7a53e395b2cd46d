'use client'

import Link from 'next/link'
import type { ColumnDef } from '@tanstack/react-table'

import { DataTableColumnHeader } from '@/components/data-table/data-table-column-header'
import { Badge } from '@/components/ui/badge'
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

const tone = (action: string) =>
  /deleted|rejected|deactivated/.test(action) ? 'danger' : /accepted|activated|created|registered/.test(action) ? 'success' : 'neutral'

/** Where a record of this type is shown in the dashboard, if anywhere. */
const recordHref: Record<string, (id: string) => string> = {
  trade_booth: (id) => `/booths/${id}`,
  company: (id) => `/companies/${id}`,
}

function details(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value !== 'object') return String(value)
  return Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => `${key}: ${typeof item === 'object' ? JSON.stringify(item) : String(item)}`)
    .join(' · ')
}

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
    id: 'actor',
    header: 'Who',
    enableSorting: false,
    cell: ({ row }) => {
      const actor = row.original.actor
      if (!actor) return <span className="text-muted-foreground italic">System or deleted user</span>
      return (
        <div className="flex min-w-0 flex-col">
          <span className="truncate font-medium text-foreground">{actor.name ?? actor.email}</span>
          {actor.name && <span className="truncate text-xs text-muted-foreground">{actor.email}</span>}
        </div>
      )
    },
    meta: { label: 'Who', className: 'min-w-48' },
  },
  {
    id: 'action',
    accessorKey: 'action',
    header: 'Action',
    enableSorting: false,
    cell: ({ row }) => (
      <Badge tone={tone(row.original.action)} className="font-mono">
        {row.original.action}
      </Badge>
    ),
    meta: { label: 'Action' },
  },
  {
    id: 'record',
    header: 'Record',
    enableSorting: false,
    cell: ({ row }) => {
      const { entity_type: type, entity_id: id } = row.original
      const href = id ? recordHref[type]?.(id) : undefined
      const label = `${type.replaceAll('_', ' ')}${id ? ` ${id.slice(0, 8)}…` : ''}`
      return href ? (
        <Link href={href} className="font-mono text-xs text-foreground underline-offset-2 hover:underline" title={id ?? undefined}>
          {label}
        </Link>
      ) : (
        <span className="font-mono text-xs text-muted-foreground" title={id ?? undefined}>
          {label}
        </span>
      )
    },
    meta: { label: 'Record' },
  },
  {
    id: 'details',
    header: 'Details',
    enableSorting: false,
    cell: ({ row }) => (
      <span className="line-clamp-2 max-w-80 text-xs text-muted-foreground" title={details(row.original.details)}>
        {details(row.original.details) || '—'}
      </span>
    ),
    meta: { label: 'Details' },
  },
  {
    id: 'ip',
    accessorKey: 'ip',
    header: 'IP',
    enableSorting: false,
    cell: ({ row }) => <span className="font-mono text-xs text-muted-foreground">{row.original.ip ?? '—'}</span>,
    meta: { label: 'IP' },
  },
]
