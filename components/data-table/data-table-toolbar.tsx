'use client'

import type { ReactNode } from 'react'
import { Columns3, Search, X } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'
import { DropdownMenu, DropdownMenuCheckboxItem, DropdownMenuContent, DropdownMenuLabel, DropdownMenuTrigger } from '@/components/ui/dropdown-menu'
import { Input } from '@/components/ui/input'
import { DataTableDateRange, type DataTableDateRangeDef } from './data-table-date-range'
import { DataTableFilter, type DataTableFilterDef } from './data-table-filter'
import { SaveViewButton } from './save-view-button'
import type { DataTableController } from './use-data-table'

/** Search, filters, "reset", the column picker, and the resource's own actions on the right. */
export function DataTableToolbar<TData>({
  controller,
  filters,
  dateRanges = [],
  searchPlaceholder,
  actions,
}: {
  controller: DataTableController<TData>
  filters: DataTableFilterDef[]
  dateRanges?: DataTableDateRangeDef[]
  searchPlaceholder: string
  actions?: ReactNode
}) {
  const t = useTranslations('table')
  const { table } = controller
  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide())
  return (
    <div className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
      <div className="flex flex-1 flex-wrap items-center gap-2">
        <div className="relative w-full sm:w-72">
          <Search aria-hidden className="pointer-events-none absolute start-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input
            type="search"
            data-shortcut="search"
            aria-label={searchPlaceholder}
            placeholder={searchPlaceholder}
            value={controller.search}
            onChange={(event) => controller.setSearch(event.target.value)}
            className="ps-9"
          />
        </div>
        {filters.map((filter) => (
          <DataTableFilter
            key={filter.key}
            filter={filter}
            value={controller.filters[filter.key] ?? ''}
            onChange={(value) => controller.setFilter(filter.key, value)}
          />
        ))}
        {dateRanges.map((range) => (
          <DataTableDateRange
            key={range.fromKey}
            range={range}
            from={controller.filters[range.fromKey] ?? ''}
            to={controller.filters[range.toKey] ?? ''}
            onChange={controller.setFilter}
          />
        ))}
        {controller.filtered && (
          <Button variant="ghost" size="sm" className="h-9" onClick={controller.reset}>
            {t('reset')}
            <X aria-hidden />
          </Button>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {actions}
        <SaveViewButton columns={() => table.getState().columnVisibility} />
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="outline" size="sm" className="h-9">
              <Columns3 aria-hidden />
              {t('columns')}
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end" className="min-w-44">
            <DropdownMenuLabel>{t('showColumns')}</DropdownMenuLabel>
            {hideable.map((column) => (
              <DropdownMenuCheckboxItem
                key={column.id}
                checked={column.getIsVisible()}
                onCheckedChange={(visible) => column.toggleVisibility(visible)}
                onSelect={(event) => event.preventDefault()}
              >
                {column.columnDef.meta?.label ?? (column.columnDef.meta?.tableLabel ? t(column.columnDef.meta.tableLabel) : column.id)}
              </DropdownMenuCheckboxItem>
            ))}
          </DropdownMenuContent>
        </DropdownMenu>
      </div>
    </div>
  )
}
