import type { Metadata } from 'next'
import { BookOpen } from 'lucide-react'

import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'

export const metadata: Metadata = { title: 'API reference' }

export default function ApiDocsPage() {
  return (
    <>
      <PageHeader
        title="API reference"
        description="The public JSON API, generated from its OpenAPI document at /api/openapi.json."
      />
      <EmptyState
        icon={BookOpen}
        description="The reference will be rendered here from the OpenAPI document."
      />
    </>
  )
}
