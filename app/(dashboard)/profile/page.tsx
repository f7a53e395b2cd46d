import type { Metadata } from 'next'
import { UserRound } from 'lucide-react'

import { EmptyState } from '@/components/shell/empty-state'
import { PageHeader } from '@/components/shell/page-header'

export const metadata: Metadata = { title: 'Profile' }

export default function ProfilePage() {
  return (
    <>
      <PageHeader
        title="Profile"
        description="Your name, email, company, avatar and password."
      />
      <EmptyState
        icon={UserRound}
        description="Your account details will appear here once you are signed in."
      />
    </>
  )
}
