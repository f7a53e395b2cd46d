import type { Metadata } from 'next'
import { getFormatter, getTranslations } from 'next-intl/server'
import { BuildingComplex, ClipboardCheck, MessagesSquare, Users } from 'lucide-react'

import type { StatusCount } from '@/components/overview/booths-by-status-chart'
import { ChartCard } from '@/components/overview/chart-card'
import { FigureCard } from '@/components/overview/figure-card'
import { BoothsByStatusChart, MessagesPerHourChart } from '@/components/overview/lazy-charts'
import type { HourCount } from '@/components/overview/messages-per-hour-chart'
import { OnlineNowCard } from '@/components/overview/online-now-card'
import { RecentActivityList } from '@/components/overview/recent-activity-list'
import { PageHeader } from '@/components/shell/page-header'
import { isAdmin, requireDashboardUser } from '@/lib/auth/dashboard-session'
import { onlineTotal } from '@/lib/realtime/presence'
import { getOverview } from '@/lib/services/overview/get-overview'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('overview'))('title') }
}

const sum = (values: { count: number }[]) => values.reduce((total, value) => total + value.count, 0)

export default async function OverviewPage() {
  const user = await requireDashboardUser()
  const overview = await getOverview(user, new Date(), onlineTotal)
  const { totals } = overview
  const [t, format] = await Promise.all([getTranslations('overview'), getFormatter()])
  const booths: StatusCount[] = [
    { status: 'pending', label: t('status.pending'), count: totals.booths.pending },
    { status: 'accepted', label: t('status.accepted'), count: totals.booths.accepted },
    { status: 'rejected', label: t('status.rejected'), count: totals.booths.rejected },
  ]
  const hours: HourCount[] = overview.messagesPerHour.map((bucket) => ({ hour: format.dateTime(new Date(bucket.start), 'time'), count: bucket.count }))
  const lastDay = sum(hours)

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <section aria-label={t('keyFigures')} className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 xl:grid-cols-5">
        <FigureCard
          label={t('users')}
          value={totals.users}
          hint={t('usersHint', { active: totals.activeUsers, fresh: sum(overview.newUsersPerDay) })}
          icon={Users}
        />
        <FigureCard
          label={t('companies')}
          value={totals.companies}
          hint={t('companiesHint', { booths: totals.booths.accepted + totals.booths.pending + totals.booths.rejected })}
          icon={BuildingComplex}
        />
        <FigureCard label={t('pendingBooths')} value={totals.booths.pending} hint={t('pendingHint')} icon={ClipboardCheck} />
        <FigureCard label={t('messages')} value={totals.messages} hint={t('messagesHint', { day: lastDay, rooms: totals.rooms })} icon={MessagesSquare} />
        <OnlineNowCard initial={overview.onlineUsers} />
      </section>
      <div className="grid gap-3 sm:gap-4 lg:grid-cols-5">
        <div className="lg:col-span-2">
          <ChartCard
            title={t('boothsByStatus')}
            description={t('boothsByStatusDescription')}
            caption={t('boothsByStatus')}
            rows={booths.map(({ label, count }) => ({ label, value: count }))}
          >
            <BoothsByStatusChart data={booths} name={t('booths')} />
          </ChartCard>
        </div>
        <div className="lg:col-span-3">
          <ChartCard
            title={t('messagesPerHour')}
            description={t('messagesPerHourDescription', { count: lastDay })}
            caption={t('messagesPerHourCaption')}
            rows={hours.map(({ hour, count }) => ({ label: hour, value: count }))}
          >
            <MessagesPerHourChart data={hours} name={t('messages')} />
          </ChartCard>
        </div>
      </div>
      <RecentActivityList items={overview.recentActivity} showAuditLink={isAdmin(user)} />
    </>
  )
}
