import Image from 'next/image'
import { useTranslations } from 'next-intl'

import { cn } from '@/lib/utils/cn'

/** A company's logo, or its initials on a tinted tile when it has none. */
export function CompanyLogo({ name, url, size = 32, className }: { name: string; url: string | null; size?: number; className?: string }) {
  const t = useTranslations('companies')
  const box = cn('shrink-0 overflow-hidden rounded-md ring-1 ring-border', className)
  if (url) {
    // unoptimized: logos come from our media route or ImageKit (which resizes itself), never through Next's optimizer.
    return (
      <Image
        src={url}
        alt={t('logoAlt', { name })}
        width={size}
        height={size}
        unoptimized
        className={cn(box, 'bg-white object-contain')}
        style={{ width: size, height: size }}
      />
    )
  }
  const letters = name
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase()
  return (
    <span
      aria-hidden
      className={cn(box, 'grid place-items-center bg-linear-to-br from-primary/15 to-primary/5 text-[11px] font-semibold text-primary')}
      style={{ width: size, height: size }}
    >
      {letters || '?'}
    </span>
  )
}
