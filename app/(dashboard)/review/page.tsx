import type { Metadata } from 'next'
import { ClipboardCheck } from 'lucide-react'
import { getTranslations } from 'next-intl/server'

import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { listReviewQueue } from '@/lib/services/booths/review-queue'
import { ReviewPager } from './review-pager'
import { ReviewQueue } from './review-queue'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('review.meta'))('title') }
}

const PAGE_SIZE = 25
type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function ReviewPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireDashboardUser()
  const t = await getTranslations('review.page')
  const requested = Number((await searchParams).page)
  const page = Number.isInteger(requested) && requested > 1 ? requested : 1
  const queue = await listReviewQueue(user, { page, page_size: PAGE_SIZE })
  return (
    <>
      <PageHeader title={t('title')} description={queue.total === 0 ? t('descriptionEmpty') : t('description', { count: queue.total })} />
      {queue.items.length === 0 ? (
        <EmptyState icon={ClipboardCheck} title={t('emptyTitle')} description={t('emptyDescription')} />
      ) : (
        <>
          <ReviewQueue items={queue.items} />
          <ReviewPager page={queue.page} pages={Math.ceil(queue.total / PAGE_SIZE)} />
        </>
      )}
    </>
  )
}
