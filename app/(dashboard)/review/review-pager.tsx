import Link from 'next/link'
import { ChevronLeft, ChevronRight } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'

/** Previous/next pages of the queue; hidden when it fits on one page (the usual case). */
export function ReviewPager({ page, pages }: { page: number; pages: number }) {
  const t = useTranslations('review.pager')
  if (pages <= 1) return null
  return (
    <nav aria-label={t('label')} className="flex items-center justify-end gap-2 text-sm text-muted-foreground">
      <span className="tabular-nums">{t('page', { page, pages })}</span>
      <Button asChild variant="outline" size="icon" className="size-8" aria-disabled={page <= 1}>
        <Link
          href={page > 2 ? `/review?page=${page - 1}` : '/review'}
          aria-label={t('previous')}
          className={page <= 1 ? 'pointer-events-none opacity-50' : undefined}
        >
          <ChevronLeft aria-hidden className="rtl:rotate-180" />
        </Link>
      </Button>
      <Button asChild variant="outline" size="icon" className="size-8">
        <Link href={`/review?page=${page + 1}`} aria-label={t('next')} className={page >= pages ? 'pointer-events-none opacity-50' : undefined}>
          <ChevronRight aria-hidden className="rtl:rotate-180" />
        </Link>
      </Button>
    </nav>
  )
}
