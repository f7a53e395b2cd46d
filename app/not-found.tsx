import Link from 'next/link'
import { ArrowLeft } from 'lucide-react'

import { Button } from '@/components/ui/button'

export default function NotFound() {
  return (
    <main className="grid min-h-dvh place-items-center px-6">
      <div className="flex max-w-sm flex-col items-center gap-4 text-center">
        <p className="text-sm font-semibold text-primary tabular-nums">404</p>
        <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
        <p className="text-sm text-muted-foreground">The page you are looking for does not exist or has moved.</p>
        <Button asChild variant="outline" className="mt-2">
          <Link href="/">
            <ArrowLeft aria-hidden />
            Back to overview
          </Link>
        </Button>
      </div>
    </main>
  )
}
