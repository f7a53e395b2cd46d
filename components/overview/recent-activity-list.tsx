import Link from 'next/link'
import { Activity } from 'lucide-react'
import { useFormatter, useTranslations } from 'next-intl'

import { EmptyState } from '@/components/shell/empty-state'
import { AuditChanges, AuditSentence } from '@/components/audit/audit-sentence'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import type { ActivityItem } from '@/lib/services/overview/recent-activity'

export function RecentActivityList({ items, showAuditLink = false }: { items: ActivityItem[]; showAuditLink?: boolean }) {
  const t = useTranslations('overview')
  const format = useFormatter()
  const when = (at: Date) => format.dateTime(at, 'recent')
  return (
    <Card>
      <CardHeader className="flex-row items-center justify-between gap-2 p-5 pb-3">
        <div className="flex flex-col gap-1.5">
          <CardTitle className="text-base">{t('recentActivity')}</CardTitle>
          <CardDescription>{t('recentActivityDescription')}</CardDescription>
        </div>
        {showAuditLink ? (
          <Link href="/audit" className="text-sm font-medium text-primary hover:underline">
            {t('auditLog')}
          </Link>
        ) : null}
      </CardHeader>
      <CardContent className="p-5 pt-0">
        {items.length === 0 ? (
          <EmptyState icon={Activity} title={t('noActivity')} description={t('noActivityDescription')} className="py-10" />
        ) : (
          <ol aria-label={t('recentActivity')} className="divide-y">
            {items.map((item) => (
              <li key={item.id} className="flex flex-col gap-1 py-2.5 text-sm">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                  {/* At least 15rem for the sentence: on a phone the address and time drop below it. */}
                  <AuditSentence sentence={item.sentence} className="min-w-0 flex-1 basis-60" />
                  <span className="flex items-baseline gap-2 text-xs whitespace-nowrap text-muted-foreground tabular-nums">
                    {item.ip ? (
                      <span dir="ltr" className="font-mono">
                        {item.ip}
                      </span>
                    ) : null}
                    <time dateTime={item.createdAt.toISOString()}>{when(item.createdAt)}</time>
                  </span>
                </div>
                <AuditChanges sentence={item.sentence} />
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  )
}
