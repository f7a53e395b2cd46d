'use client'

import { useTranslations } from 'next-intl'

import { RecordRowActions } from '@/components/data-table/row-actions-menu'
import type { DeleteConfirmation } from '@/components/feedback/delete-record-button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { deleteCompanyAction, restoreCompanyAction } from './actions'

/** The ⋯ menu of one company row: open, edit, delete (with confirmation, then Undo in the toast). */
export function CompanyRowActions({ company }: { company: { id: string; name: string; booths?: number } }) {
  return (
    <RecordRowActions
      name={company.name}
      href={`/companies/${company.id}`}
      onDelete={() => deleteCompanyAction(company.id)}
      onUndo={() => restoreCompanyAction(company.id)}
      confirmation={(dialog) => <DeleteCompanyDialog company={company} booths={company.booths ?? 0} {...dialog} />}
    />
  )
}

export function DeleteCompanyDialog({ company, booths, ...dialog }: { company: { name: string }; booths: number } & DeleteConfirmation) {
  const t = useTranslations('companies.delete')
  return <ConfirmDialog {...dialog} title={t('title', { name: company.name })} description={t('description', { booths })} confirmLabel={t('confirm')} />
}
