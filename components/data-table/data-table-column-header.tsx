'use client'

import type { Column } from '@tanstack/react-table'
import { ArrowDown, ArrowUp, ChevronsUpDown } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { cn } from '@/lib/utils/cn'

/** A header that sorts on click (ascending → descending → default), announcing its state. */
export function DataTableColumnHeader<TData>({ column, title, className }: { column: Column<TData>; title: string; className?: string }) {
  const t = useTranslations('table')
  if (!column.getCanSort()) return <span className={className}>{title}</span>
  const sorted = column.getIsSorted()
  const Icon = sorted === 'asc' ? ArrowUp : sorted === 'desc' ? ArrowDown : ChevronsUpDown
  const next = sorted === 'asc' ? 'desc' : sorted === 'desc' ? 'default' : 'asc'
  return (
    <button
      type="button"
      onClick={column.getToggleSortingHandler()}
      aria-label={t('sortBy', { title, next })}
      className={cn(
        '-ms-2 inline-flex h-7 items-center gap-1 rounded-md px-2 text-xs font-medium outline-none hover:bg-accent hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring',
        sorted && 'text-foreground',
        className,
      )}
    >
      {title}
      <Icon aria-hidden className={cn('size-3.5', !sorted && 'opacity-50')} />
    </button>
  )
}
