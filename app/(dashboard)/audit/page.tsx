import type { Metadata } from 'next'
import { ScrollText } from 'lucide-react'

import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'

export const metadata: Metadata = { title: 'Audit log' }

export default function AuditPage() {
  return (
    <>
      <PageHeader
        title="Audit log"
        description="A record of administrative actions: who changed what, and when."
      />
      <EmptyState
        icon={ScrollText}
        description="Role changes, booth decisions and other admin actions will be recorded here."
      />
    </>
  )
}
