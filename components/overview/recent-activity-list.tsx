import Link from 'next/link'
import { Activity } from 'lucide-react'

import { EmptyState } from '@/components/shell/empty-state'
import { AuditChanges, AuditSentence } from '@/components/audit/audit-sentence'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import type { ActivityItem } from '@/lib/services/overview/recent-activity'

// UTC, as on the audit page, so the server's text is the same for every viewer.
const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })

export function RecentActivityList({ items, showAuditLink = false }: { items: ActivityItem[]; showAuditLink?: boolean }) {
  return (
    <Card>
      <CardHeader className="flex-row items-center justify-between gap-2 p-5 pb-3">
        <div className="flex flex-col gap-1.5">
          <CardTitle className="text-base">Recent activity</CardTitle>
          <CardDescription>The latest changes, newest first (times in UTC).</CardDescription>
        </div>
        {showAuditLink ? (
          <Link href="/audit" className="text-sm font-medium text-primary hover:underline">
            Audit log
          </Link>
        ) : null}
      </CardHeader>
      <CardContent className="p-5 pt-0">
        {items.length === 0 ? (
          <EmptyState
            icon={Activity}
            title="No activity yet"
            description="New registrations, booth decisions and room activity will show up here."
            className="py-10"
          />
        ) : (
          <ol aria-label="Recent activity" className="divide-y">
            {items.map((item) => (
              <li key={item.id} className="flex flex-col gap-1 py-2.5 text-sm">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                  {/* At least 15rem for the sentence: on a phone the address and time drop below it. */}
                  <AuditSentence sentence={item.sentence} className="min-w-0 flex-1 basis-60" />
                  <span className="flex items-baseline gap-2 text-xs whitespace-nowrap text-muted-foreground tabular-nums">
                    {item.ip ? <span className="font-mono">{item.ip}</span> : null}
                    <time dateTime={item.createdAt.toISOString()}>{when.format(item.createdAt)}</time>
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
