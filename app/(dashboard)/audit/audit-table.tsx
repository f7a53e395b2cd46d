'use client'

import { useMemo } from 'react'

import { DataTable } from '@/components/data-table/data-table'
import type { DataTableFilterDef } from '@/components/data-table/data-table-filter'
import type { AuditLogItem } from '@/lib/services/audit/list-audit-log'
import { auditActionLabel } from '@/lib/services/audit/audit-wording'
import { auditColumns } from './audit-columns'

/** The audit log: the search box filters by the actor's email; the menu by action. Read-only, no selection. */
export function AuditTable({
  entries,
  total,
  page,
  pageSize,
  actions,
}: {
  entries: AuditLogItem[]
  total: number
  page: number
  pageSize: number
  actions: string[]
}) {
  const filters = useMemo(
    (): DataTableFilterDef[] => [{ key: 'action', label: 'Action', options: actions.map((action) => ({ label: auditActionLabel(action), value: action })) }],
    [actions],
  )
  return (
    <DataTable
      label="Audit log"
      columns={auditColumns}
      data={entries}
      total={total}
      page={page}
      pageSize={pageSize}
      getRowId={(entry) => entry.id}
      filters={filters}
      searchPlaceholder="Filter by actor email…"
      emptyMessage="No audit entries match these filters."
    />
  )
}
