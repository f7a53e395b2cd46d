import type { Metadata } from 'next'
import { ClipboardCheck } from 'lucide-react'

import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'

export const metadata: Metadata = { title: 'Review queue' }

export default function ReviewPage() {
  return (
    <>
      <PageHeader
        title="Review queue"
        description="Pending trade booths waiting for a staff decision to accept or reject."
      />
      <EmptyState
        icon={ClipboardCheck}
        title="Nothing to review"
        description="Booths awaiting a decision will queue up here."
      />
    </>
  )
}
