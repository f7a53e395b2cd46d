'use client'

import type { ColumnDef } from '@tanstack/react-table'
import { BadgeCheck, CircleDashed } from 'lucide-react'

import { DataTableColumnHeader } from '@/components/data-table/data-table-column-header'
import { Badge } from '@/components/ui/badge'
import { Checkbox } from '@/components/ui/checkbox'
import type { UserJson } from '@/lib/schemas/users'
import { cn } from '@/lib/utils/cn'
import { ROLE_LABELS, UserRowActions } from './user-row-actions'

// UTC on purpose: the server renders this cell too, and both sides must print the same text.
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

const roleTone = { user: 'neutral', staff: 'primary', admin: 'warning' } as const

function initials(user: UserJson) {
  const words = (user.name ?? '').trim().split(/\s+/).filter(Boolean)
  return (words.length >= 2 ? words[0]![0]! + words.at(-1)![0]! : (words[0] ?? user.email).slice(0, 2)).toUpperCase()
}

/** The users table's columns; ids are the API's sort fields where a column sorts. */
export function userColumns(currentUserId: string): ColumnDef<UserJson>[] {
  return [
    {
      id: 'select',
      header: ({ table }) => (
        <Checkbox
          aria-label="Select all on this page"
          checked={table.getIsAllPageRowsSelected() ? true : table.getIsSomePageRowsSelected() ? 'indeterminate' : false}
          onCheckedChange={(value) => table.toggleAllPageRowsSelected(value === true)}
        />
      ),
      cell: ({ row }) => (
        <Checkbox aria-label={`Select ${row.original.email}`} checked={row.getIsSelected()} onCheckedChange={(value) => row.toggleSelected(value === true)} />
      ),
      enableSorting: false,
      enableHiding: false,
      meta: { className: 'w-10' },
    },
    {
      id: 'name',
      accessorKey: 'name',
      header: ({ column }) => <DataTableColumnHeader column={column} title="Name" />,
      cell: ({ row }) => (
        <div className="flex min-w-0 items-center gap-3">
          <span aria-hidden className="grid size-8 shrink-0 place-items-center rounded-full bg-linear-to-br from-primary/15 to-primary/5 text-[11px] font-semibold text-primary ring-1 ring-primary/15">
            {initials(row.original)}
          </span>
          <span className="truncate font-medium text-foreground">{row.original.name ?? '—'}</span>
          {row.original.id === currentUserId && <Badge tone="primary">You</Badge>}
        </div>
      ),
      meta: { label: 'Name', className: 'min-w-52' },
    },
    {
      id: 'email',
      accessorKey: 'email',
      header: ({ column }) => <DataTableColumnHeader column={column} title="Email" />,
      cell: ({ row }) => <span className="text-muted-foreground">{row.original.email}</span>,
      meta: { label: 'Email' },
    },
    {
      id: 'role',
      accessorKey: 'role',
      header: ({ column }) => <DataTableColumnHeader column={column} title="Role" />,
      cell: ({ row }) => <Badge tone={roleTone[row.original.role]}>{ROLE_LABELS[row.original.role]}</Badge>,
      meta: { label: 'Role' },
    },
    {
      id: 'verified',
      accessorKey: 'email_verified',
      header: 'Verified',
      enableSorting: false,
      cell: ({ row }) =>
        row.original.email_verified ? (
          <span className="inline-flex items-center gap-1.5 text-xs text-emerald-700 dark:text-emerald-400">
            <BadgeCheck aria-hidden className="size-3.5" />
            Verified
          </span>
        ) : (
          <span className="inline-flex items-center gap-1.5 text-xs text-muted-foreground">
            <CircleDashed aria-hidden className="size-3.5" />
            Unverified
          </span>
        ),
      meta: { label: 'Verified' },
    },
    {
      id: 'active',
      accessorKey: 'is_active',
      header: 'Status',
      enableSorting: false,
      cell: ({ row }) => (
        <span className="inline-flex items-center gap-2 text-xs">
          <span aria-hidden className={cn('size-2 rounded-full', row.original.is_active ? 'bg-emerald-500' : 'bg-zinc-400')} />
          {row.original.is_active ? 'Active' : 'Deactivated'}
        </span>
      ),
      meta: { label: 'Status' },
    },
    {
      id: 'created_at',
      accessorKey: 'created_at',
      header: ({ column }) => <DataTableColumnHeader column={column} title="Created" />,
      cell: ({ row }) => (
        <time dateTime={row.original.created_at} className="text-muted-foreground tabular-nums">
          {dateFormat.format(new Date(row.original.created_at))}
        </time>
      ),
      meta: { label: 'Created' },
    },
    {
      id: 'actions',
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row }) => <UserRowActions user={row.original} isSelf={row.original.id === currentUserId} />,
      enableSorting: false,
      enableHiding: false,
      meta: { className: 'w-12 text-right' },
    },
  ]
}
