import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'

import { PageHeader } from '@/components/shell/page-header'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { config } from '@/lib/config'
import { asyncApiDocument } from '@/lib/realtime/asyncapi-document'
import { cn } from '@/lib/utils/cn'
import { ApiReference } from './api-reference'
import { LiveEventsReference } from './live-events-reference'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('apiDocs')
  return { title: t('title') }
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const views = [
  { view: 'rest', href: '/api-docs' },
  { view: 'live', href: '/api-docs?view=live' },
] as const

/** Two references side by side: the JSON API (Scalar, from /api/openapi.json) and the live events (ours, from the event map). */
export default async function ApiDocsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireDashboardUser()
  const t = await getTranslations('apiDocs')
  const current = (await searchParams).view === 'live' ? 'live' : 'rest'
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <nav aria-label={t('sections')} className="-mt-2 inline-flex w-fit rounded-md border bg-card p-0.5">
        {views.map(({ view, href }) => (
          <Link
            key={view}
            href={href}
            aria-current={view === current ? 'page' : undefined}
            className={cn(
              'rounded px-3 py-1.5 text-sm',
              view === current ? 'bg-accent font-medium text-foreground' : 'text-muted-foreground hover:text-foreground',
            )}
          >
            {t(view)}
          </Link>
        ))}
      </nav>
      {current === 'live' ? <LiveEventsReference doc={asyncApiDocument(config())} /> : <ApiReference />}
    </>
  )
}
