import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageHeader } from '@/components/shell/page-header'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { CompanyForm } from '../company-form'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('companies.meta'))('new') }
}

export default async function NewCompanyPage() {
  await requireDashboardUser()
  const t = await getTranslations('companies.new')
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <CompanyForm />
    </>
  )
}
