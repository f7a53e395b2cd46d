import Link from 'next/link'
import { Activity } from 'lucide-react'

import { EmptyState } from '@/components/shell/empty-state'
import { Badge } from '@/components/ui/badge'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import type { ActivityItem } from '@/lib/services/overview/recent-activity'

// UTC, as on the audit page, so the server's text is the same for every viewer.
const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })

const tone = (action: string) =>
  /deleted|rejected|deactivated/.test(action) ? 'danger' : /accepted|activated|created|registered/.test(action) ? 'success' : 'neutral'

/** Where the record is shown in the dashboard; nothing for a deleted one or one without a page. */
function recordHref(item: ActivityItem): string | null {
  if (!item.entityId || item.action.endsWith('.deleted')) return null
  if (item.entityType === 'trade_booth') return `/booths/${item.entityId}`
  if (item.entityType === 'company') return `/companies/${item.entityId}`
  if (item.entityType === 'user') return '/users'
  return null
}

const entityLabel: Record<string, string> = { trade_booth: 'booth', company: 'company', user: 'user' }

/** Who acted: the name (staff never get emails), the email for admins when there is no name. */
const actorLabel = (item: ActivityItem) => item.actorName ?? item.actorEmail ?? (item.actorId ? 'Unnamed user' : null)

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
          <ol className="divide-y">
            {items.map((item) => {
              const href = recordHref(item)
              const entity = entityLabel[item.entityType] ?? item.entityType
              return (
                <li key={item.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2.5 text-sm">
                  <Badge tone={tone(item.action)}>{item.action}</Badge>
                  <span className="min-w-0 flex-1 truncate text-muted-foreground">
                    {actorLabel(item) ?? <span className="italic">System or deleted user</span>}
                    {' · '}
                    {href ? (
                      <Link
                        href={href}
                        prefetch={false}
                        className="text-foreground underline decoration-muted-foreground/50 underline-offset-2 hover:decoration-current"
                      >
                        {entity}
                      </Link>
                    ) : (
                      entity
                    )}
                  </span>
                  <time dateTime={item.createdAt.toISOString()} className="whitespace-nowrap text-xs text-muted-foreground tabular-nums">
                    {when.format(item.createdAt)}
                  </time>
                </li>
              )
            })}
          </ol>
        )}
      </CardContent>
    </Card>
  )
}
