'use client'

import Link from 'next/link'
import type { ColumnDef } from '@tanstack/react-table'

import { DataTableColumnHeader } from '@/components/data-table/data-table-column-header'
import { CompanyLogo } from '@/components/exhibitors/company-logo'
import { Checkbox } from '@/components/ui/checkbox'
import type { CompanyJson } from '@/lib/schemas/companies'
import type { CompanyExtras } from './company-extras'
import { CompanyRowActions } from './company-row-actions'

export type CompanyTableRow = CompanyJson & CompanyExtras

// UTC on purpose: the server renders this cell too, and both sides must print the same text.
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

/** The companies table's columns; ids are the API's sort fields where a column sorts. */
export const companyColumns: ColumnDef<CompanyTableRow>[] = [
  {
    id: 'select',
    header: ({ table }) => (
      <Checkbox
        aria-label="Select all on this page"
        checked={table.getIsAllPageRowsSelected() ? true : table.getIsSomePageRowsSelected() ? 'indeterminate' : false}
        onCheckedChange={(value) => table.toggleAllPageRowsSelected(value === true)}
      />
    ),
    cell: ({ row }) => <Checkbox aria-label={`Select ${row.original.name}`} checked={row.getIsSelected()} onCheckedChange={(value) => row.toggleSelected(value === true)} />,
    enableSorting: false,
    enableHiding: false,
    meta: { className: 'w-10' },
  },
  {
    id: 'name',
    accessorKey: 'name',
    header: ({ column }) => <DataTableColumnHeader column={column} title="Company" />,
    cell: ({ row }) => (
      <Link href={`/companies/${row.original.id}`} className="flex min-w-0 items-center gap-3 rounded-sm font-medium text-foreground outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring">
        <CompanyLogo name={row.original.name} url={row.original.image_url} />
        <span className="truncate">{row.original.name}</span>
      </Link>
    ),
    meta: { label: 'Company', className: 'min-w-56' },
  },
  {
    id: 'location',
    accessorKey: 'location',
    header: 'Location',
    enableSorting: false,
    cell: ({ row }) => <span className="text-muted-foreground">{row.original.location ?? '—'}</span>,
    meta: { label: 'Location' },
  },
  {
    id: 'size',
    accessorKey: 'size',
    header: 'Size',
    enableSorting: false,
    cell: ({ row }) => <span className="text-muted-foreground tabular-nums">{row.original.size ?? '—'}</span>,
    meta: { label: 'Size' },
  },
  {
    id: 'owner',
    header: 'Owner',
    enableSorting: false,
    cell: ({ row }) => <span className="text-muted-foreground">{row.original.ownerEmail ?? 'Deleted user'}</span>,
    meta: { label: 'Owner' },
  },
  {
    id: 'booths',
    header: 'Booths',
    enableSorting: false,
    cell: ({ row }) => <span className="tabular-nums">{row.original.booths}</span>,
    meta: { label: 'Booths', className: 'text-right w-20' },
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
    cell: ({ row }) => <CompanyRowActions company={row.original} />,
    enableSorting: false,
    enableHiding: false,
    meta: { className: 'w-12 text-right' },
  },
]
