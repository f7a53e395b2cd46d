'use client'

import { DeleteRecordButton } from '@/components/feedback/delete-record-button'
import { deleteCompanyAction, restoreCompanyAction } from '../actions'
import { DeleteCompanyDialog } from '../company-row-actions'

/** Delete from the detail page: confirm, then back to the list, with Undo in the toast. */
export function CompanyDeleteButton({ company, booths }: { company: { id: string; name: string }; booths: number }) {
  return (
    <DeleteRecordButton
      listHref="/companies"
      action={() => deleteCompanyAction(company.id)}
      undo={() => restoreCompanyAction(company.id)}
      recordHref={`/companies/${company.id}`}
      confirmation={(dialog) => <DeleteCompanyDialog company={company} booths={booths} {...dialog} />}
    />
  )
}
