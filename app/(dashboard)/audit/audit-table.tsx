'use client'

import { useMemo } from 'react'
import { useTranslations } from 'next-intl'

import { DataTable } from '@/components/data-table/data-table'
import type { DataTableFilterDef } from '@/components/data-table/data-table-filter'
import type { AuditLogItem } from '@/lib/services/audit/list-audit-log'
import { actionLabel, auditT } from '@/lib/services/audit/audit-text'
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
  const t = useTranslations('audit')
  const filters = useMemo(
    (): DataTableFilterDef[] => [
      { key: 'action', label: t('table.action'), options: actions.map((action) => ({ label: actionLabel(action, auditT(t)), value: action })) },
    ],
    [actions, t],
  )
  const columns = useMemo(() => auditColumns(t), [t])
  return (
    <DataTable
      label={t('table.label')}
      columns={columns}
      data={entries}
      total={total}
      page={page}
      pageSize={pageSize}
      getRowId={(entry) => entry.id}
      filters={filters}
      searchPlaceholder={t('table.search')}
      emptyMessage={t('table.empty')}
    />
  )
}
