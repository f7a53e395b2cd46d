import type { Metadata } from 'next'
import { Activity, BuildingComplex, ClipboardCheck, Radio, Users, type LucideIcon } from 'lucide-react'

import { Card } from '@/components/ui/card'
import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'

export const metadata: Metadata = { title: 'Overview' }

// The figures the overview will report; shown as dashes until they are wired to data.
const figures: { label: string; icon: LucideIcon }[] = [
  { label: 'Users', icon: Users },
  { label: 'Companies', icon: BuildingComplex },
  { label: 'Pending booths', icon: ClipboardCheck },
  { label: 'Online now', icon: Radio },
]

export default function OverviewPage() {
  return (
    <>
      <PageHeader
        title="Overview"
        description="Users, companies, booths by status, who is online and message activity at a glance."
      />
      <section aria-label="Key figures" className="grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4">
        {figures.map(({ label, icon: Icon }) => (
          <Card key={label} className="flex flex-col gap-2 p-4 sm:p-5">
            <div className="flex items-center justify-between gap-2 text-sm text-muted-foreground">
              <span className="truncate">{label}</span>
              <Icon aria-hidden className="size-4 shrink-0" />
            </div>
            <p className="text-2xl font-semibold tracking-tight text-foreground tabular-nums">—</p>
            <p className="text-xs text-muted-foreground">No data yet</p>
          </Card>
        ))}
      </section>
      <EmptyState
        icon={Activity}
        title="No activity yet"
        description="New registrations, booth decisions and room activity will show up here."
      />
    </>
  )
}
