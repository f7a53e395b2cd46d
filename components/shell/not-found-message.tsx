import Link from 'next/link'
import { ArrowLeft } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'

/** "Page not found", inside the dashboard's frame or on a page of its own. */
export function NotFoundMessage() {
  const t = useTranslations('shell.notFound')
  return (
    <div className="mx-auto flex max-w-sm flex-col items-center gap-4 py-16 text-center">
      <p className="text-sm font-semibold text-primary tabular-nums">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="text-sm text-muted-foreground">{t('description')}</p>
      <Button asChild variant="outline" className="mt-2">
        <Link href="/">
          <ArrowLeft aria-hidden className="rtl:rotate-180" />
          {t('back')}
        </Link>
      </Button>
    </div>
  )
}
