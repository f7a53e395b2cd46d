import type { Metadata } from 'next'
import Link from 'next/link'
import { Pencil, Plus, Store } from 'lucide-react'
import { getFormatter, getTranslations } from 'next-intl/server'

import { boothTimeRange, formatBoothDate } from '@/components/exhibitors/booth-schedule'
import { BoothStatusBadge } from '@/components/exhibitors/booth-status-badge'
import { CompanyLogo } from '@/components/exhibitors/company-logo'
import { EmptyState } from '@/components/shell/empty-state'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { companyExtras } from '../company-extras'
import { loadCompany } from '../load-company'
import { CompanyDeleteButton } from './company-delete-button'
import { RecordCrumb } from '@/components/shell/record-crumb'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('companies.meta'))('company') }
}

export default async function CompanyPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireDashboardUser()
  const company = await loadCompany(user, (await params).id)
  const [owner, t, format] = await Promise.all([
    companyExtras([company]).then((extras) => extras[company.id]?.ownerEmail),
    getTranslations('companies.detail'),
    getFormatter(),
  ])
  const facts = [
    [t('location'), company.location ?? '—'],
    [t('size'), company.size ?? '—'],
    [t('owner'), owner ?? t('deletedUser')],
    [t('registered'), format.dateTime(new Date(company.created_at), 'dateLong')],
  ] as const

  return (
    <>
      <RecordCrumb name={company.name} />
      <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex items-center gap-4">
          <CompanyLogo name={company.name} url={company.image_url} size={56} className="rounded-lg" />
          <div className="flex flex-col gap-1">
            <h1 className="text-2xl font-semibold tracking-tight text-foreground">{company.name}</h1>
            <p className="text-sm text-muted-foreground">{t('boothCount', { count: company.booths.length })}</p>
          </div>
        </div>
        <div className="flex gap-2">
          <Button asChild variant="outline">
            <Link href={`/companies/${company.id}/edit`}>
              <Pencil aria-hidden />
              {t('edit')}
            </Link>
          </Button>
          <CompanyDeleteButton company={company} booths={company.booths.length} />
        </div>
      </div>

      <Card>
        <dl className="grid gap-x-6 gap-y-4 p-6 sm:grid-cols-4">
          {facts.map(([label, value]) => (
            <div key={label} className="flex min-w-0 flex-col gap-1">
              <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
              <dd className="truncate text-sm text-foreground">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>

      <Card>
        <CardHeader className="flex-row items-center justify-between gap-4">
          <CardTitle className="text-base">{t('tradeBooths')}</CardTitle>
          <Button asChild size="sm" variant="outline">
            <Link href={`/booths/new?company_id=${company.id}`}>
              <Plus aria-hidden />
              {t('newBooth')}
            </Link>
          </Button>
        </CardHeader>
        <CardContent>
          {company.booths.length === 0 ? (
            <EmptyState icon={Store} title={t('noBooths')} description={t('noBoothsDescription')} />
          ) : (
            <div className="overflow-hidden rounded-lg border">
              <Table aria-label={t('boothsOf', { name: company.name })}>
                <TableHeader>
                  <TableRow className="hover:bg-transparent">
                    <TableHead>{t('colBooth')}</TableHead>
                    <TableHead>{t('colDate')}</TableHead>
                    <TableHead>{t('colTime')}</TableHead>
                    <TableHead>{t('colLocation')}</TableHead>
                    <TableHead>{t('colStatus')}</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {company.booths.map((booth) => (
                    <TableRow key={booth.id}>
                      <TableCell>
                        <Link href={`/booths/${booth.id}`} className="font-medium text-foreground hover:underline">
                          {booth.title}
                        </Link>
                      </TableCell>
                      <TableCell className="tabular-nums">{formatBoothDate(format, booth.date)}</TableCell>
                      <TableCell className="tabular-nums">
                        {boothTimeRange(format, booth)} <span className="text-muted-foreground">{booth.timezone}</span>
                      </TableCell>
                      <TableCell className="text-muted-foreground">{booth.location}</TableCell>
                      <TableCell>
                        <BoothStatusBadge status={booth.status} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </CardContent>
      </Card>
    </>
  )
}
