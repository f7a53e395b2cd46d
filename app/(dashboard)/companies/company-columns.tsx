'use client'

import { useMemo } from 'react'
import Link from 'next/link'
import { useTranslations } from 'next-intl'
import type { ColumnDef } from '@tanstack/react-table'

import { actionsColumn, column, createdColumn, selectColumn } from '@/components/data-table/common-columns'
import { CompanyLogo } from '@/components/exhibitors/company-logo'
import type { CompanyJson } from '@/lib/schemas/companies'
import type { CompanyExtras } from './company-extras'
import { CompanyRowActions } from './company-row-actions'

export type CompanyTableRow = CompanyJson & CompanyExtras

/** The companies table's columns, in the viewer's language; ids are the API's sort fields where a column sorts. */
export function useCompanyColumns(): ColumnDef<CompanyTableRow>[] {
  const t = useTranslations('companies.columns')
  return useMemo(
    () => [
      selectColumn((company) => company.name),
      column('name', { label: t('company'), sortable: true, className: 'min-w-56' }, (company) => (
        <Link
          href={`/companies/${company.id}`}
          className="flex min-w-0 items-center gap-3 rounded-sm font-medium text-foreground outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
        >
          <CompanyLogo name={company.name} url={company.image_url} />
          <span className="truncate">{company.name}</span>
        </Link>
      )),
      column('location', { label: t('location') }, (company) => <span className="text-muted-foreground">{company.location ?? '—'}</span>),
      column('size', { label: t('size') }, (company) => <span className="text-muted-foreground tabular-nums">{company.size ?? '—'}</span>),
      column('owner', { label: t('owner') }, (company) => <span className="text-muted-foreground">{company.ownerEmail ?? t('deletedUser')}</span>),
      column('booths', { label: t('booths'), className: 'text-end w-20' }, (company) => <span className="tabular-nums">{company.booths}</span>),
      createdColumn(),
      actionsColumn((company) => <CompanyRowActions company={company} />),
    ],
    [t],
  )
}
