import type { Metadata } from 'next'
import { BuildingComplex } from 'lucide-react'

import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'

export const metadata: Metadata = { title: 'Companies' }

export default function CompaniesPage() {
  return (
    <>
      <PageHeader
        title="Companies"
        description="Exhibiting companies with their location, size, owner and trade booths."
      />
      <EmptyState
        icon={BuildingComplex}
        title="No companies yet"
        description="Companies registered by exhibitors will be listed here."
      />
    </>
  )
}
