import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageHeader } from '@/components/shell/page-header'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { CompanyForm } from '../../company-form'
import { loadCompany } from '../../load-company'
import { RecordCrumb } from '@/components/shell/record-crumb'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('companies.meta'))('edit') }
}

export default async function EditCompanyPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireDashboardUser()
  const t = await getTranslations('companies.edit')
  const company = await loadCompany(user, (await params).id)
  return (
    <>
      <RecordCrumb name={company.name} />
      <PageHeader title={t('title', { name: company.name })} description={t('description')} />
      <CompanyForm company={company} />
    </>
  )
}
