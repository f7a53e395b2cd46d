import type { Metadata } from 'next'

import { PageHeader } from '@/components/shell/page-header'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { CompanyForm } from '../../company-form'
import { loadCompany } from '../../load-company'
import { RecordCrumb } from '@/components/shell/record-crumb'

export const metadata: Metadata = { title: 'Edit company' }

export default async function EditCompanyPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireDashboardUser()
  const company = await loadCompany(user, (await params).id)
  return (
    <>
      <RecordCrumb name={company.name} />
      <PageHeader title={`Edit ${company.name}`} description="Change the name, location, size or logo. A new logo replaces the old one." />
      <CompanyForm company={company} />
    </>
  )
}
