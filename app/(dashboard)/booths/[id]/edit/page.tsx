import type { Metadata } from 'next'

import { PageHeader } from '@/components/shell/page-header'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { BoothForm } from '../../booth-form'
import { companyChoices, companyNames } from '../../company-names'
import { loadBooth } from '../../load-booth'
import { timezoneOptions } from '../../timezone-options'
import { RecordCrumb } from '@/components/shell/record-crumb'

export const metadata: Metadata = { title: 'Edit booth' }

const NOTES = {
  accepted: 'Changing the date, times, zone or location sends it back for review; new files replace the old ones.',
  rejected: 'Saving resubmits it for review; new files replace the old ones.',
  pending: 'It is waiting for review; new files replace the old ones.',
} as const

export default async function EditBoothPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireDashboardUser()
  const [booth, choices] = await Promise.all([loadBooth(user, (await params).id), companyChoices()])
  // The choices are the first companies by name; the booth's own must be among them whatever its name.
  const own = choices.some((company) => company.id === booth.company_id)
    ? []
    : [{ id: booth.company_id, name: (await companyNames([booth.company_id]))[booth.company_id] ?? 'This company' }]
  const companies = [...own, ...choices]
  return (
    <>
      <RecordCrumb name={booth.title} />
      <PageHeader title={`Edit ${booth.title}`} description={NOTES[booth.status]} />
      <BoothForm booth={booth} companies={companies} timezones={timezoneOptions()} />
    </>
  )
}
