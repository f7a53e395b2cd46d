import type { Metadata } from 'next'
import { MessagesSquare } from 'lucide-react'

import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'

export const metadata: Metadata = { title: 'Live rooms' }

export default function RoomsPage() {
  return (
    <>
      <PageHeader
        title="Live rooms"
        description="Chat rooms where visitors meet exhibitors, with who is online and the latest messages."
      />
      <EmptyState
        icon={MessagesSquare}
        title="No rooms yet"
        description="Each accepted booth gets a room; general rooms can be created by staff."
      />
    </>
  )
}
