'use client'

import { ChevronDown, ChevronLeft, ChevronRight, ChevronsLeft, ChevronsRight } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'
import { DropdownMenu, DropdownMenuContent, DropdownMenuRadioGroup, DropdownMenuRadioItem, DropdownMenuTrigger } from '@/components/ui/dropdown-menu'
import { PAGE_SIZES } from './table-search-params'
import type { DataTableController } from './use-data-table'

/**
 * `totalCapped`: the server stopped counting at `total` (a search over many rows), so at least that
 * many match: shown as "10,000+", with Next kept open while pages come back full and no Last.
 */
export function DataTablePagination<TData>({
  controller,
  total,
  totalCapped = false,
}: {
  controller: DataTableController<TData>
  total: number
  totalCapped?: boolean
}) {
  const t = useTranslations('table')
  const { pageIndex, pageSize } = controller.table.getState().pagination
  const page = pageIndex + 1
  const rowsHere = controller.table.getRowModel().rows.length
  const pages = Math.max(1, Math.ceil(total / pageSize), totalCapped ? page : 1)
  const from = total === 0 ? 0 : pageIndex * pageSize + 1
  const to = totalCapped ? pageIndex * pageSize + rowsHere : Math.min(total, page * pageSize)
  const nextDisabled = totalCapped ? rowsHere < pageSize : page >= pages
  const selected = controller.table.getSelectedRowModel().rows.length

  return (
    <div className="flex flex-col-reverse gap-3 px-1 text-sm text-muted-foreground sm:flex-row sm:items-center sm:justify-between">
      <p aria-live="polite">
        {selected > 0 ? `${t('selected', { count: selected })} · ` : ''}
        {total === 0 ? t('noResults') : t(totalCapped ? 'rangeCapped' : 'range', { from, to, total })}
      </p>
      <div className="flex items-center gap-4">
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="ghost" size="sm">
              <span className="sr-only">{t('rows')}</span>
              {t('perPage', { size: pageSize })}
              <ChevronDown aria-hidden />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end" className="min-w-32">
            <DropdownMenuRadioGroup value={String(pageSize)} onValueChange={(value) => controller.setPageSize(Number(value))}>
              {PAGE_SIZES.map((size) => (
                <DropdownMenuRadioItem key={size} value={String(size)}>
                  {t('perPage', { size })}
                </DropdownMenuRadioItem>
              ))}
            </DropdownMenuRadioGroup>
          </DropdownMenuContent>
        </DropdownMenu>
        <span className="tabular-nums">{t(totalCapped ? 'pageOfCapped' : 'pageOf', { page, pages })}</span>
        <div className="flex items-center gap-1">
          <Button variant="outline" size="icon" className="size-8" aria-label={t('firstPage')} disabled={page <= 1} onClick={() => controller.setPage(1)}>
            <ChevronsLeft aria-hidden className="rtl:rotate-180" />
          </Button>
          <Button
            variant="outline"
            size="icon"
            className="size-8"
            aria-label={t('previousPage')}
            disabled={page <= 1}
            onClick={() => controller.setPage(page - 1)}
          >
            <ChevronLeft aria-hidden className="rtl:rotate-180" />
          </Button>
          <Button
            variant="outline"
            size="icon"
            className="size-8"
            aria-label={t('nextPage')}
            disabled={nextDisabled}
            onClick={() => controller.setPage(page + 1)}
          >
            <ChevronRight aria-hidden className="rtl:rotate-180" />
          </Button>
          <Button
            variant="outline"
            size="icon"
            className="size-8"
            aria-label={t('lastPage')}
            disabled={totalCapped || page >= pages}
            onClick={() => controller.setPage(pages)}
          >
            <ChevronsRight aria-hidden className="rtl:rotate-180" />
          </Button>
        </div>
      </div>
    </div>
  )
}
