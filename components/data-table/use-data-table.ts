'use client'

import { useMemo, useState, useTransition } from 'react'
import { getCoreRowModel, useReactTable, type ColumnDef, type OnChangeFn, type RowSelectionState, type SortingState } from '@tanstack/react-table'
import { usePathname } from 'next/navigation'
import { debounce, useQueryStates } from 'nuqs'

import { useStoredColumns } from './use-stored-columns'
import { filterParser, sortToState, stateToSort, tableParsers } from './table-search-params'

export interface UseDataTableOptions<TData> {
  data: TData[]
  columns: ColumnDef<TData>[]
  total: number
  /** What the server rendered (already validated); the URL may lag or hold junk. */
  page: number
  pageSize: number
  filterKeys: string[]
  getRowId: (row: TData) => string
}

/**
 * TanStack Table in server mode: paging, sorting, search and filters live in the URL (nuqs), and
 * changing them re-renders the server page (`shallow: false`) inside a transition, so the table can
 * show that it is loading. Column visibility is remembered per page in this browser; selection is this view's own state.
 */
export function useDataTable<TData>({ data, columns, total, page, pageSize, filterKeys, getRowId }: UseDataTableOptions<TData>) {
  const [isPending, startTransition] = useTransition()
  const filterParsers = useMemo((): Record<string, typeof filterParser> => Object.fromEntries(filterKeys.map((key) => [key, filterParser])), [filterKeys])
  const options = { shallow: false, history: 'push', startTransition } as const
  // Two hooks, one URL: nuqs batches updates made in the same tick into one navigation.
  const [query, setQuery] = useQueryStates(tableParsers, options)
  const [filters, setFilters] = useQueryStates(filterParsers, options)
  const [columnVisibility, setColumnVisibility] = useStoredColumns(usePathname())
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({})

  const sorting = useMemo(() => sortToState(query.sort), [query.sort])
  const onSortingChange: OnChangeFn<SortingState> = (updater) => {
    const next = typeof updater === 'function' ? updater(sorting) : updater
    void setQuery({ sort: stateToSort(next) || null, page: null })
  }

  // TanStack Table v8 hands out fresh functions on purpose; nothing here relies on memoizing them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableSortingRemoval: true,
    rowCount: total,
    state: { pagination: { pageIndex: page - 1, pageSize }, sorting, columnVisibility, rowSelection },
    onSortingChange,
    onColumnVisibilityChange: setColumnVisibility,
    onRowSelectionChange: setRowSelection,
  })

  const setPage = (next: number) => void setQuery({ page: next <= 1 ? null : next })
  const setPageSize = (size: number) => void setQuery({ page_size: size === 20 ? null : size, page: null })
  // Typing is debounced before it reaches the URL (and the server); the box itself updates at once.
  const setSearch = (q: string) => void setQuery({ q: q || null, page: null }, { limitUrlUpdates: q ? debounce(350) : undefined, history: 'replace' })
  const setFilter = (key: string, value: string) => {
    void setFilters({ [key]: value || null })
    void setQuery({ page: null })
  }
  const reset = () => {
    void setFilters(Object.fromEntries(filterKeys.map((key) => [key, null])))
    void setQuery({ q: null, page: null })
  }
  const filtered = Boolean(query.q) || Object.values(filters).some(Boolean)

  return { table, search: query.q, filters, isPending, setPage, setPageSize, setSearch, setFilter, reset, filtered, clearSelection: () => setRowSelection({}) }
}

export type DataTableController<TData> = ReturnType<typeof useDataTable<TData>>
