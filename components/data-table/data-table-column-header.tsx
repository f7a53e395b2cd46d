'use client'

import type { Column } from '@tanstack/react-table'
import { ArrowDown, ArrowUp, ChevronsUpDown } from 'lucide-react'

import { cn } from '@/lib/utils/cn'

/** A header that sorts on click (ascending → descending → default), announcing its state. */
export function DataTableColumnHeader<TData>({ column, title, className }: { column: Column<TData>; title: string; className?: string }) {
  if (!column.getCanSort()) return <span className={className}>{title}</span>
  const sorted = column.getIsSorted()
  const Icon = sorted === 'asc' ? ArrowUp : sorted === 'desc' ? ArrowDown : ChevronsUpDown
  const next = sorted === 'asc' ? 'descending' : sorted === 'desc' ? 'default order' : 'ascending'
  return (
    <button
      type="button"
      onClick={column.getToggleSortingHandler()}
      aria-label={`${title}: sort ${next}`}
      className={cn(
        '-ml-2 inline-flex h-7 items-center gap-1 rounded-md px-2 text-xs font-medium outline-none hover:bg-accent hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring',
        sorted && 'text-foreground',
        className,
      )}
    >
      {title}
      <Icon aria-hidden className={cn('size-3.5', !sorted && 'opacity-50')} />
    </button>
  )
}
