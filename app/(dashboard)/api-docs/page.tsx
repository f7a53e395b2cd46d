import type { Metadata } from 'next'

import { PageHeader } from '@/components/shell/page-header'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { ApiReference } from './api-reference'

export const metadata: Metadata = { title: 'API reference' }

export default async function ApiDocsPage() {
  await requireDashboardUser()
  return (
    <>
      <PageHeader
        title="API reference"
        description="The public JSON API, generated from the same zod schemas as its routes. The raw document is at /api/openapi.json."
      />
      <ApiReference />
    </>
  )
}
