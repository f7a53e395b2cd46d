'use client'

import type { ReactNode } from 'react'
import type { ColumnDef, Row } from '@tanstack/react-table'

import { DataTableColumnHeader } from '@/components/data-table/data-table-column-header'
import { Checkbox } from '@/components/ui/checkbox'

/** The checkbox column of a table with bulk actions: the header selects this page; `name` names a row for its checkbox. */
export function selectColumn<T>(name: (row: T) => string): ColumnDef<T> {
  return {
    id: 'select',
    header: ({ table }) => (
      <Checkbox
        aria-label="Select all on this page"
        checked={table.getIsAllPageRowsSelected() ? true : table.getIsSomePageRowsSelected() ? 'indeterminate' : false}
        onCheckedChange={(value) => table.toggleAllPageRowsSelected(value === true)}
      />
    ),
    cell: ({ row }) => (
      <Checkbox aria-label={`Select ${name(row.original)}`} checked={row.getIsSelected()} onCheckedChange={(value) => row.toggleSelected(value === true)} />
    ),
    enableSorting: false,
    enableHiding: false,
    meta: { className: 'w-10' },
  }
}

interface ColumnOptions {
  /** The column's header, and its name in the "Columns" menu. */
  label: string
  /** Classes of its header and cells (widths, alignment). */
  className?: string
  /** The header sorts the table by the column's id, which is then an API sort field. Columns do not sort otherwise. */
  sortable?: boolean
  /** Always shown: not offered in the "Columns" menu. */
  alwaysShown?: boolean
}

/** One data column of a server-sorted table: `cell` renders a row's cell. */
export function column<T>(id: string, { label, className, sortable = false, alwaysShown = false }: ColumnOptions, cell: (row: T) => ReactNode): ColumnDef<T> {
  const shared = {
    id,
    cell: ({ row }: { row: Row<T> }) => cell(row.original),
    meta: className ? { label, className } : { label },
    ...(alwaysShown ? { enableHiding: false } : {}),
  }
  // Sorting is done by the server; the accessor only makes TanStack offer it.
  if (sortable)
    return { ...shared, accessorFn: (row) => row[id as keyof T], header: (context) => <DataTableColumnHeader column={context.column} title={label} /> }
  return { ...shared, header: label, enableSorting: false }
}

// UTC on purpose: the server renders this cell too, and both sides must print the same text.
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

/** "Created": the record's `created_at` as a date, sortable (the API's sort field of the same name). */
export function createdColumn<T extends { created_at: string }>(): ColumnDef<T> {
  return column<T>('created_at', { label: 'Created', sortable: true }, (row) => (
    <time dateTime={row.created_at} className="text-muted-foreground tabular-nums">
      {dateFormat.format(new Date(row.created_at))}
    </time>
  ))
}

/** The last column: a row's ⋯ menu (see RowActionsMenu), under a header only screen readers read. */
export function actionsColumn<T>(menu: (row: T) => ReactNode): ColumnDef<T> {
  return {
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => menu(row.original),
    enableSorting: false,
    enableHiding: false,
    meta: { className: 'w-12 text-right' },
  }
}
