import type { ReactNode } from 'react'
import type { LucideIcon } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { cn } from '@/lib/utils/cn'

export function EmptyState({
  icon: Icon,
  title,
  description,
  children,
  className,
}: {
  icon: LucideIcon
  title?: string
  description: string
  children?: ReactNode
  className?: string
}) {
  const t = useTranslations('shell.emptyState')
  return (
    <div
      className={cn(
        'flex flex-col items-center justify-center gap-3 rounded-xl border border-dashed border-input bg-card/50 px-6 py-16 text-center',
        className,
      )}
    >
      <div className="grid size-11 place-items-center rounded-full bg-muted ring-8 ring-muted/40">
        <Icon aria-hidden className="size-5 text-muted-foreground" />
      </div>
      <div className="flex flex-col gap-1">
        <h2 className="text-sm font-semibold text-foreground">{title ?? t('title')}</h2>
        <p className="max-w-sm text-sm text-muted-foreground">{description}</p>
      </div>
      {children}
    </div>
  )
}
