import type { Metadata } from 'next'
import { ClipboardCheck } from 'lucide-react'

import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { listReviewQueue } from '@/lib/services/booths/review-queue'
import { ReviewPager } from './review-pager'
import { ReviewQueue } from './review-queue'

export const metadata: Metadata = { title: 'Review queue' }

const PAGE_SIZE = 25
type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function ReviewPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireDashboardUser()
  const requested = Number((await searchParams).page)
  const page = Number.isInteger(requested) && requested > 1 ? requested : 1
  const queue = await listReviewQueue(user, { page, page_size: PAGE_SIZE })
  return (
    <>
      <PageHeader
        title="Review queue"
        description={
          queue.total === 0
            ? 'Pending trade booths waiting for a staff decision.'
            : `${queue.total} pending ${queue.total === 1 ? 'booth' : 'booths'}, oldest submission first. Accepting gives a booth its chat room; the owner is emailed either way.`
        }
      />
      {queue.items.length === 0 ? (
        <EmptyState icon={ClipboardCheck} title="Nothing to review" description="Booths awaiting a decision will queue up here." />
      ) : (
        <>
          <ReviewQueue items={queue.items} />
          <ReviewPager page={queue.page} pages={Math.ceil(queue.total / PAGE_SIZE)} />
        </>
      )}
    </>
  )
}
