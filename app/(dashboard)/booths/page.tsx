import type { Metadata } from 'next'
import { Store } from 'lucide-react'

import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'

export const metadata: Metadata = { title: 'Trade booths' }

export default function BoothsPage() {
  return (
    <>
      <PageHeader
        title="Trade booths"
        description="Every trade booth with its schedule, location, status and brochures."
      />
      <EmptyState
        icon={Store}
        title="No trade booths yet"
        description="Booths created by exhibitors will appear here with their status."
      />
    </>
  )
}
