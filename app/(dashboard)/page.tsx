import type { Metadata } from 'next'
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

export const metadata: Metadata = { title: 'Overview' }

const hourLabel = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })
const sum = (values: { count: number }[]) => values.reduce((total, value) => total + value.count, 0)

export default async function OverviewPage() {
  const user = await requireDashboardUser()
  const overview = await getOverview(user, new Date(), onlineTotal)
  const { totals } = overview
  const booths: StatusCount[] = [
    { status: 'pending', label: 'Pending', count: totals.booths.pending },
    { status: 'accepted', label: 'Accepted', count: totals.booths.accepted },
    { status: 'rejected', label: 'Rejected', count: totals.booths.rejected },
  ]
  const hours: HourCount[] = overview.messagesPerHour.map((bucket) => ({ hour: hourLabel.format(new Date(bucket.start)), count: bucket.count }))
  const lastDay = sum(hours)

  return (
    <>
      <PageHeader title="Overview" description="Users, companies, booths by status, who is online and message activity at a glance." />
      <section aria-label="Key figures" className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 xl:grid-cols-5">
        <FigureCard label="Users" value={totals.users} hint={`${totals.activeUsers} active · ${sum(overview.newUsersPerDay)} new in 14 days`} icon={Users} />
        <FigureCard
          label="Companies"
          value={totals.companies}
          hint={`${totals.booths.accepted + totals.booths.pending + totals.booths.rejected} booths in all`}
          icon={BuildingComplex}
        />
        <FigureCard label="Pending booths" value={totals.booths.pending} hint="Waiting for review" icon={ClipboardCheck} />
        <FigureCard label="Messages" value={totals.messages} hint={`${lastDay} in 24 h · ${totals.rooms} rooms`} icon={MessagesSquare} />
        <OnlineNowCard initial={overview.onlineUsers} />
      </section>
      <div className="grid gap-3 sm:gap-4 lg:grid-cols-5">
        <div className="lg:col-span-2">
          <ChartCard
            title="Booths by status"
            description="Every booth, by review status."
            caption="Booths by status"
            rows={booths.map(({ label, count }) => ({ label, value: count }))}
          >
            <BoothsByStatusChart data={booths} />
          </ChartCard>
        </div>
        <div className="lg:col-span-3">
          <ChartCard
            title="Messages per hour"
            description={`The last 24 hours, in UTC: ${lastDay} message${lastDay === 1 ? '' : 's'}.`}
            caption="Messages per hour over the last 24 hours (UTC)"
            rows={hours.map(({ hour, count }) => ({ label: hour, value: count }))}
          >
            <MessagesPerHourChart data={hours} />
          </ChartCard>
        </div>
      </div>
      <RecentActivityList items={overview.recentActivity} showAuditLink={isAdmin(user)} />
    </>
  )
}
