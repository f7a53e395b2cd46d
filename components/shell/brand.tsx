import Link from 'next/link'
import { useTranslations } from 'next-intl'

import { cn } from '@/lib/utils/cn'

/** Logo mark and product name; links home so it doubles as a way back to the overview. */
export function Brand({ className, onClick }: { className?: string; onClick?: () => void }) {
  const t = useTranslations()
  return (
    <Link
      href="/"
      onClick={onClick}
      className={cn('flex items-center gap-2.5 rounded-md outline-none focus-visible:ring-2 focus-visible:ring-ring', className)}
    >
      <span
        aria-hidden
        className="grid size-7 place-items-center rounded-md bg-linear-to-br from-primary to-primary/70 text-[11px] font-bold tracking-tight text-primary-foreground shadow-sm ring-1 ring-black/5 ring-inset"
      >
        {/* The brand's monogram, the same in every language. */}
        {'VI'}
      </span>
      <span className="flex flex-col leading-none">
        <span className="text-sm font-semibold text-foreground">{t('common.appName')}</span>
        <span className="mt-1 text-[11px] text-muted-foreground">{t('shell.brand.admin')}</span>
      </span>
    </Link>
  )
}
