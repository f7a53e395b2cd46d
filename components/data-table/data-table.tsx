'use client'

import type { ReactNode } from 'react'
import { flexRender, type ColumnDef, type Row } from '@tanstack/react-table'
import { SearchX } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { cn } from '@/lib/utils/cn'
import type { DataTableDateRangeDef } from './data-table-date-range'
import type { DataTableFilterDef } from './data-table-filter'
import { DataTablePagination } from './data-table-pagination'
import { DataTableToolbar } from './data-table-toolbar'
import { useDataTable } from './use-data-table'

export interface DataTableProps<TData> {
  columns: ColumnDef<TData>[]
  /** One server page of rows. */
  data: TData[]
  total: number
  /** `total` is a floor: the list stopped counting there (see DataTablePagination). */
  totalCapped?: boolean
  page: number
  pageSize: number
  getRowId: (row: TData) => string
  filters?: DataTableFilterDef[]
  /** Date ranges filtered on (two URL keys each), after the menus. */
  dateRanges?: DataTableDateRangeDef[]
  searchPlaceholder?: string
  /** Buttons beside the column picker (export, create…). */
  actions?: ReactNode
  /** Shown above the table while rows are selected. */
  bulkActions?: (rows: Row<TData>[], clearSelection: () => void) => ReactNode
  emptyMessage?: string
  label: string
}

const NO_FILTERS: DataTableFilterDef[] = []
const NO_RANGES: DataTableDateRangeDef[] = []

/** The dashboard's one table: each resource only declares its columns, filters and actions. */
export function DataTable<TData>({ filters = NO_FILTERS, dateRanges = NO_RANGES, searchPlaceholder, emptyMessage, ...props }: DataTableProps<TData>) {
  const t = useTranslations('table')
  const controller = useDataTable({
    ...props,
    filterKeys: [...filters.map((filter) => filter.key), ...dateRanges.flatMap((range) => [range.fromKey, range.toKey])],
  })
  const { table } = controller
  const selected = table.getSelectedRowModel().rows
  const columnCount = table.getVisibleLeafColumns().length

  return (
    <div className="flex flex-col gap-4">
      <DataTableToolbar
        controller={controller}
        filters={filters}
        dateRanges={dateRanges}
        searchPlaceholder={searchPlaceholder ?? t('search')}
        actions={props.actions}
      />
      {selected.length > 0 && props.bulkActions && (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-primary/25 bg-primary/5 px-4 py-2 text-sm">
          <span className="font-medium text-foreground">{t('selected', { count: selected.length })}</span>
          {props.bulkActions(selected, controller.clearSelection)}
        </div>
      )}
      <div className="overflow-hidden rounded-lg border bg-card shadow-xs">
        <Table aria-label={props.label} aria-busy={controller.isPending} className={cn('transition-opacity', controller.isPending && 'opacity-60')}>
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id} className="hover:bg-transparent">
                {group.headers.map((header) => (
                  <TableHead
                    key={header.id}
                    className={header.column.columnDef.meta?.className}
                    aria-sort={header.column.getIsSorted() === 'asc' ? 'ascending' : header.column.getIsSorted() === 'desc' ? 'descending' : undefined}
                  >
                    {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                  </TableHead>
                ))}
              </TableRow>
            ))}
          </TableHeader>
          <TableBody>
            {table.getRowModel().rows.map((row) => (
              <TableRow key={row.id} data-state={row.getIsSelected() ? 'selected' : undefined}>
                {row.getVisibleCells().map((cell) => (
                  <TableCell key={cell.id} className={cell.column.columnDef.meta?.className}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </TableCell>
                ))}
              </TableRow>
            ))}
            {table.getRowModel().rows.length === 0 && (
              <TableRow className="hover:bg-transparent">
                <TableCell colSpan={columnCount} className="h-40 text-center">
                  <div className="flex flex-col items-center gap-2 text-muted-foreground">
                    <SearchX aria-hidden className="size-5" />
                    <p className="text-sm">{emptyMessage ?? t('empty')}</p>
                  </div>
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </div>
      <DataTablePagination controller={controller} total={props.total} totalCapped={props.totalCapped} />
    </div>
  )
}
