import type { Metadata } from 'next'
import Link from 'next/link'
import { ChevronLeft, ChevronRight } from 'lucide-react'
import { getFormatter, getTranslations } from 'next-intl/server'

import { PageHeader } from '@/components/shell/page-header'
import { Button } from '@/components/ui/button'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import type { BoothJson } from '@/lib/schemas/booths'
import { boothsInRange } from '@/lib/services/booths/booths-in-range'
import { cn } from '@/lib/utils/cn'
import { CalendarAgenda } from './calendar-agenda'
import { CalendarGrid } from './calendar-grid'
import { CalendarWeek } from './calendar-week'
import { calendarRange, type CalendarView } from './calendar-range'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('calendar')
  return { title: t('title') }
}

const VIEWS: CalendarView[] = ['month', 'week']

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function CalendarPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireDashboardUser()
  const params = await searchParams
  const [t, format] = await Promise.all([getTranslations('calendar'), getFormatter()])
  const view: CalendarView = params.view === 'week' ? 'week' : 'month'
  const today = new Date().toISOString().slice(0, 10)
  const range = calendarRange(view, typeof params.at === 'string' ? params.at : undefined, today, format)
  const booths = await boothsInRange(user, { from: range.days[0]!, to: range.days.at(-1)! })
  const byDay = new Map<string, BoothJson[]>()
  for (const booth of booths) byDay.set(booth.date, [...(byDay.get(booth.date) ?? []), booth])
  const href = (at: string, to: CalendarView = view) => `/calendar?view=${to}&at=${at}`

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-2">
          <Button asChild variant="outline" size="icon" className="size-9">
            <Link href={href(range.previous)} aria-label={t('previous', { view })}>
              <ChevronLeft aria-hidden className="rtl:rotate-180" />
            </Link>
          </Button>
          <Button asChild variant="outline" size="icon" className="size-9">
            <Link href={href(range.next)} aria-label={t('next', { view })}>
              <ChevronRight aria-hidden className="rtl:rotate-180" />
            </Link>
          </Button>
          <Button asChild variant="outline" size="sm" className="h-9">
            <Link href={href(today)}>{t('today')}</Link>
          </Button>
          <h2 className="ms-2 text-lg font-semibold text-foreground" aria-live="polite">
            {range.title}
          </h2>
        </div>
        <div role="group" aria-label={t('viewGroup')} className="inline-flex rounded-md border p-0.5">
          {VIEWS.map((option) => (
            <Link
              key={option}
              href={href(range.anchor, option)}
              aria-current={option === view ? 'page' : undefined}
              className={cn(
                'rounded px-3 py-1 text-sm',
                option === view ? 'bg-accent font-medium text-foreground' : 'text-muted-foreground hover:text-foreground',
              )}
            >
              {t(`views.${option}`)}
            </Link>
          ))}
        </div>
      </div>
      <ul aria-label={t('legend')} className="-mt-4 flex gap-4 text-xs text-muted-foreground">
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="size-2.5 rounded-sm border border-amber-500/40 bg-amber-500/20" />
          {t('pendingReview')}
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="size-2.5 rounded-sm border border-emerald-500/40 bg-emerald-500/20" />
          {t('accepted')}
        </li>
      </ul>
      {/* Phones get the agenda: seven columns of chips do not fit 390 px. */}
      <div className="hidden md:block">
        {view === 'week' ? (
          <CalendarWeek days={range.days} byDay={byDay} today={today} />
        ) : (
          <CalendarGrid days={range.days} byDay={byDay} month={range.anchor.slice(0, 7)} today={today} />
        )}
      </div>
      <CalendarAgenda
        days={view === 'month' ? range.days.filter((day) => day.startsWith(range.anchor.slice(0, 7))) : range.days}
        byDay={byDay}
        today={today}
        className="md:hidden"
      />
    </>
  )
}
