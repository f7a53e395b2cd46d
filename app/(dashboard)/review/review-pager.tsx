import Link from 'next/link'
import { ChevronLeft, ChevronRight } from 'lucide-react'

import { Button } from '@/components/ui/button'

/** Previous/next pages of the queue; hidden when it fits on one page (the usual case). */
export function ReviewPager({ page, pages }: { page: number; pages: number }) {
  if (pages <= 1) return null
  return (
    <nav aria-label="Queue pages" className="flex items-center justify-end gap-2 text-sm text-muted-foreground">
      <span className="tabular-nums">
        Page {page} of {pages}
      </span>
      <Button asChild variant="outline" size="icon" className="size-8" aria-disabled={page <= 1}>
        <Link
          href={page > 2 ? `/review?page=${page - 1}` : '/review'}
          aria-label="Previous page"
          className={page <= 1 ? 'pointer-events-none opacity-50' : undefined}
        >
          <ChevronLeft aria-hidden />
        </Link>
      </Button>
      <Button asChild variant="outline" size="icon" className="size-8">
        <Link href={`/review?page=${page + 1}`} aria-label="Next page" className={page >= pages ? 'pointer-events-none opacity-50' : undefined}>
          <ChevronRight aria-hidden />
        </Link>
      </Button>
    </nav>
  )
}
