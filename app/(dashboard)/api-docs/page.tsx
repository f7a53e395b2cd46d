import type { Metadata } from 'next'
import Link from 'next/link'

import { PageHeader } from '@/components/shell/page-header'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { config } from '@/lib/config'
import { asyncApiDocument } from '@/lib/realtime/asyncapi-document'
import { cn } from '@/lib/utils/cn'
import { ApiReference } from './api-reference'
import { LiveEventsReference } from './live-events-reference'

export const metadata: Metadata = { title: 'API reference' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const views = [
  { view: 'rest', label: 'REST API (OpenAPI)', href: '/api-docs' },
  { view: 'live', label: 'Live events (AsyncAPI)', href: '/api-docs?view=live' },
] as const

/** Two references side by side: the JSON API (Scalar, from /api/openapi.json) and the live events (ours, from the event map). */
export default async function ApiDocsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireDashboardUser()
  const current = (await searchParams).view === 'live' ? 'live' : 'rest'
  return (
    <>
      <PageHeader
        title="API reference"
        description="The public JSON API and the live events, each generated from the same zod schemas as its handlers. The raw documents are at /api/openapi.json and /api/asyncapi.json."
      />
      <nav aria-label="API reference sections" className="-mt-2 inline-flex w-fit rounded-md border bg-card p-0.5">
        {views.map(({ view, label, href }) => (
          <Link
            key={view}
            href={href}
            aria-current={view === current ? 'page' : undefined}
            className={cn(
              'rounded px-3 py-1.5 text-sm',
              view === current ? 'bg-accent font-medium text-foreground' : 'text-muted-foreground hover:text-foreground',
            )}
          >
            {label}
          </Link>
        ))}
      </nav>
      {current === 'live' ? <LiveEventsReference doc={asyncApiDocument(config())} /> : <ApiReference />}
    </>
  )
}
