import Link from 'next/link'
import { ArrowLeft } from 'lucide-react'

import { Button } from '@/components/ui/button'

/** "Page not found", inside the dashboard's frame or on a page of its own. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto flex max-w-sm flex-col items-center gap-4 py-16 text-center">
      <p className="text-sm font-semibold text-primary tabular-nums">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-sm text-muted-foreground">The page you are looking for does not exist, has moved, or was deleted.</p>
      <Button asChild variant="outline" className="mt-2">
        <Link href="/">
          <ArrowLeft aria-hidden />
          Back to overview
        </Link>
      </Button>
    </div>
  )
}
