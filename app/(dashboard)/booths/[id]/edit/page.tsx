import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageHeader } from '@/components/shell/page-header'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { BoothForm } from '../../booth-form'
import { companyChoices, companyNames } from '../../company-names'
import { loadBooth } from '../../load-booth'
import { timezoneOptions } from '../../timezone-options'
import { RecordCrumb } from '@/components/shell/record-crumb'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('booths.meta'))('edit') }
}

const NOTES = { accepted: 'noteAccepted', rejected: 'noteRejected', pending: 'notePending' } as const

export default async function EditBoothPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireDashboardUser()
  const t = await getTranslations('booths.edit')
  const [booth, choices] = await Promise.all([loadBooth(user, (await params).id), companyChoices()])
  // The choices are the first companies by name; the booth's own must be among them whatever its name.
  const own = choices.some((company) => company.id === booth.company_id)
    ? []
    : [{ id: booth.company_id, name: (await companyNames([booth.company_id]))[booth.company_id] ?? t('thisCompany') }]
  const companies = [...own, ...choices]
  return (
    <>
      <RecordCrumb name={booth.title} />
      <PageHeader title={t('title', { title: booth.title })} description={t(NOTES[booth.status])} />
      <BoothForm booth={booth} companies={companies} timezones={timezoneOptions()} />
    </>
  )
}
