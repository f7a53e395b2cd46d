import { useTranslations } from 'next-intl'

/** First tab stop on every dashboard page, so keyboard users can jump past the navigation. */
export function SkipLink({ targetId }: { targetId: string }) {
  const t = useTranslations('shell')
  return (
    <a
      href={`#${targetId}`}
      className="sr-only focus:not-sr-only focus:fixed focus:start-3 focus:top-3 focus:z-50 focus:rounded-md focus:bg-primary focus:px-4 focus:py-2 focus:text-sm focus:font-medium focus:text-primary-foreground focus:shadow-lg focus:ring-2 focus:ring-ring focus:ring-offset-2 focus:ring-offset-background focus:outline-none"
    >
      {t('skipToContent')}
    </a>
  )
}
