import type { Metadata } from 'next'
import { CalendarDays } from 'lucide-react'

import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'

export const metadata: Metadata = { title: 'Calendar' }

export default function CalendarPage() {
  return (
    <>
      <PageHeader
        title="Calendar"
        description="Trade booth sessions laid out by day, each in its own time zone."
      />
      <EmptyState
        icon={CalendarDays}
        title="No sessions scheduled"
        description="Accepted booths will appear on their dates."
      />
    </>
  )
}
