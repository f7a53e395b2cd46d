import type { Metadata } from 'next'

import { PageHeader } from '@/components/shell/page-header'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { CompanyForm } from '../company-form'

export const metadata: Metadata = { title: 'New company' }

export default async function NewCompanyPage() {
  await requireDashboardUser()
  return (
    <>
      <PageHeader title="New company" description="Register an exhibiting company. You become its owner; its name must be unique." />
      <CompanyForm />
    </>
  )
}
