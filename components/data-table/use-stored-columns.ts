'use client'

import { useCallback, useMemo, useSyncExternalStore } from 'react'
import type { OnChangeFn, VisibilityState } from '@tanstack/react-table'

/*
 * Which columns a table shows, remembered per page in this browser (localStorage), so hiding a column
 * survives a reload and the next visit. Read through useSyncExternalStore: the server renders every
 * column, the browser then applies what it remembers without a hydration mismatch.
 */
const PREFIX = 'vicross.columns:'
const listeners = new Set<() => void>()

const storageKeyOf = (page: string) => `${PREFIX}${page}`

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('storage', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', listener)
  }
}

function parse(raw: string | null): VisibilityState {
  if (!raw) return {}
  try {
    const value: unknown = JSON.parse(raw)
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {}
    return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'))
  } catch {
    return {}
  }
}

/** Stores `columns` as the remembered visibility of the table on `page` (also used by saved views). */
export function rememberColumns(page: string, columns: VisibilityState): void {
  try {
    localStorage.setItem(storageKeyOf(page), JSON.stringify(columns))
  } catch {
    // Storage full or disabled: the choice lasts until the page is left.
  }
  for (const listener of listeners) listener()
}

export function useStoredColumns(page: string): [VisibilityState, OnChangeFn<VisibilityState>] {
  const raw = useSyncExternalStore(
    subscribe,
    () => localStorage.getItem(storageKeyOf(page)),
    () => null,
  )
  const columns = useMemo(() => parse(raw), [raw])
  const setColumns = useCallback<OnChangeFn<VisibilityState>>(
    (updater) => rememberColumns(page, typeof updater === 'function' ? updater(columns) : updater),
    [page, columns],
  )
  return [columns, setColumns]
}
