import type { Metadata } from 'next'
import Link from 'next/link'
import { Pencil, TriangleAlert } from 'lucide-react'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'

import { boothTimeRange, formatBoothDate, zoneLabel, zoneName } from '@/components/exhibitors/booth-schedule'
import { BoothStatusBadge } from '@/components/exhibitors/booth-status-badge'
import { ViewerTimeRange } from '@/components/exhibitors/viewer-time'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { boothStatusHistory } from '@/lib/services/booths/booth-status-history'
import { findConflicts } from '@/lib/services/booths/find-conflicts'
import { companyNames } from '../company-names'
import { loadBooth } from '../load-booth'
import { BoothDeleteButton } from './booth-delete-button'
import { BoothFiles } from './booth-files'
import { DecisionButtons } from './decision-buttons'
import { ReviewButtons } from './review-buttons'
import { StatusHistory } from './status-history'
import { RecordCrumb } from '@/components/shell/record-crumb'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('booths.meta'))('booth') }
}

export default async function BoothPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireDashboardUser()
  const booth = await loadBooth(user, (await params).id)
  const [t, format, locale] = await Promise.all([getTranslations('booths.detail'), getFormatter(), getLocale()])
  const [names, history, conflicts] = await Promise.all([
    companyNames([booth.company_id]),
    boothStatusHistory(booth.id),
    findConflicts({ location: booth.location, startsAt: new Date(booth.starts_at), endsAt: new Date(booth.ends_at), excludeId: booth.id }, user),
  ])

  return (
    <>
      <RecordCrumb name={booth.title} />
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="flex min-w-0 flex-col gap-1">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-semibold tracking-tight text-foreground">{booth.title}</h1>
            <BoothStatusBadge status={booth.status} />
          </div>
          <p className="text-sm text-muted-foreground">
            <Link href={`/companies/${booth.company_id}`} className="font-medium text-foreground hover:underline">
              {names[booth.company_id] ?? t('companyFallback')}
            </Link>{' '}
            · <bdi>{booth.location}</bdi>
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {booth.status === 'pending' ? (
            <ReviewButtons booth={booth} />
          ) : (
            <DecisionButtons booth={{ id: booth.id, title: booth.title, status: booth.status }} />
          )}
          <Button asChild variant="outline">
            <Link href={`/booths/${booth.id}/edit`}>
              <Pencil aria-hidden />
              {t('edit')}
            </Link>
          </Button>
          <BoothDeleteButton booth={booth} />
        </div>
      </div>

      {booth.status === 'rejected' && booth.reason && (
        <div role="note" className="rounded-lg border border-destructive/25 bg-destructive/5 px-4 py-3 text-sm">
          <span className="font-medium text-destructive">{t('rejected')}</span> <bdi>{booth.reason}</bdi>
        </div>
      )}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          <Card>
            <CardHeader>
              <CardTitle className="text-base">{t('schedule')}</CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="grid gap-4 sm:grid-cols-2">
                <div className="flex flex-col gap-1">
                  <dt className="text-xs font-medium text-muted-foreground">{t('boothZone')}</dt>
                  <dd className="text-sm text-foreground tabular-nums">
                    {t('boothTime', { day: formatBoothDate(format, booth.date), time: boothTimeRange(format, booth) })}{' '}
                    <span className="text-muted-foreground">
                      · {zoneLabel(booth.timezone)} ({zoneName(locale, booth.starts_at, booth.timezone)})
                    </span>
                  </dd>
                </div>
                <div className="flex flex-col gap-1">
                  <dt className="text-xs font-medium text-muted-foreground">{t('yourZone')}</dt>
                  <dd className="text-sm text-foreground tabular-nums">
                    <ViewerTimeRange startsAt={booth.starts_at} endsAt={booth.ends_at} />
                  </dd>
                </div>
              </dl>
              {conflicts.length > 0 && (
                <div role="note" className="mt-5 flex gap-3 rounded-md border border-amber-600/25 bg-amber-500/10 px-3 py-2.5 text-sm">
                  <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-amber-600 dark:text-amber-400" />
                  <div>
                    <p className="font-medium text-foreground">{t('overlaps', { count: conflicts.length, location: booth.location })}</p>
                    <ul className="mt-1 flex flex-col gap-0.5">
                      {conflicts.map((conflict) => (
                        <li key={conflict.booth_id}>
                          <Link href={`/booths/${conflict.booth_id}`} className="text-foreground underline-offset-2 hover:underline">
                            {conflict.title}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </div>
                </div>
              )}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle className="text-base">{t('description')}</CardTitle>
            </CardHeader>
            <CardContent>
              <p className="text-sm whitespace-pre-line text-foreground">
                {booth.description ? <bdi>{booth.description}</bdi> : <span className="text-muted-foreground">{t('noDescription')}</span>}
              </p>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle className="text-base">{t('statusHistory')}</CardTitle>
            </CardHeader>
            <CardContent>
              <StatusHistory events={history} />
            </CardContent>
          </Card>
        </div>
        <Card className="self-start">
          <CardHeader>
            <CardTitle className="text-base">{t('files')}</CardTitle>
          </CardHeader>
          <CardContent>
            <BoothFiles booth={booth} />
          </CardContent>
        </Card>
      </div>
    </>
  )
}
