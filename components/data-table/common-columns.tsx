'use client'

import type { ReactNode } from 'react'
import type { ColumnDef, Row, Table } from '@tanstack/react-table'
import { useFormatter, useTranslations } from 'next-intl'

import { DataTableColumnHeader } from '@/components/data-table/data-table-column-header'
import { Checkbox } from '@/components/ui/checkbox'

function SelectPage<T>({ table }: { table: Table<T> }) {
  const t = useTranslations('table')
  return (
    <Checkbox
      aria-label={t('selectPage')}
      checked={table.getIsAllPageRowsSelected() ? true : table.getIsSomePageRowsSelected() ? 'indeterminate' : false}
      onCheckedChange={(value) => table.toggleAllPageRowsSelected(value === true)}
    />
  )
}

function SelectRow<T>({ row, name }: { row: Row<T>; name: string }) {
  const t = useTranslations('table')
  return <Checkbox aria-label={t('selectRow', { name })} checked={row.getIsSelected()} onCheckedChange={(value) => row.toggleSelected(value === true)} />
}

/** The checkbox column of a table with bulk actions: the header selects this page; `name` names a row for its checkbox. */
export function selectColumn<T>(name: (row: T) => string): ColumnDef<T> {
  return {
    id: 'select',
    header: ({ table }) => <SelectPage table={table} />,
    cell: ({ row }) => <SelectRow row={row} name={name(row.original)} />,
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

/** A date in the reader's language and time zone (the server renders it with the same zone, from the cookie). */
function CreatedDate({ at }: { at: string }) {
  const text = useFormatter().dateTime(new Date(at), 'date')
  return (
    <time dateTime={at} className="text-muted-foreground tabular-nums">
      {text}
    </time>
  )
}

function CreatedHeader<T>({ column }: { column: Parameters<typeof DataTableColumnHeader<T>>[0]['column'] }) {
  const t = useTranslations('table')
  return <DataTableColumnHeader column={column} title={t('created')} />
}

/** "Created": the record's `created_at` as a date, sortable (the API's sort field of the same name). */
export function createdColumn<T extends { created_at: string }>(): ColumnDef<T> {
  return {
    id: 'created_at',
    accessorFn: (row) => row.created_at,
    header: ({ column }) => <CreatedHeader column={column} />,
    cell: ({ row }) => <CreatedDate at={row.original.created_at} />,
    meta: { tableLabel: 'created' },
  }
}

function ActionsHeader() {
  const t = useTranslations('table')
  return <span className="sr-only">{t('actions')}</span>
}

/** The last column: a row's ⋯ menu (see RowActionsMenu), under a header only screen readers read. */
export function actionsColumn<T>(menu: (row: T) => ReactNode): ColumnDef<T> {
  return {
    id: 'actions',
    header: () => <ActionsHeader />,
    cell: ({ row }) => menu(row.original),
    enableSorting: false,
    enableHiding: false,
    meta: { className: 'w-12 text-end' },
  }
}
