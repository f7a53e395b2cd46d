import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { RefreshOnLiveEvent } from '@/components/live/refresh-on-live-event'
import { PageHeader } from '@/components/shell/page-header'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { onlineCount } from '@/lib/realtime/presence'
import { listRooms } from '@/lib/services/rooms/list-rooms'
import { CreateRoomDialog } from './create-room-dialog'
import { RoomsTable } from './rooms-table'
import { roomsQuery } from './rooms-query'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('rooms.list')
  return { title: t('title') }
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function RoomsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireDashboardUser()
  const t = await getTranslations('rooms.list')
  const page = await listRooms(user, roomsQuery(await searchParams), onlineCount)
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={<CreateRoomDialog />} />
      {/* Online counts follow people coming and going without a reload. */}
      <RefreshOnLiveEvent event="dashboard:presence" />
      <RoomsTable rooms={page.items} total={page.total} totalCapped={page.total_capped} page={page.page} pageSize={page.page_size} />
    </>
  )
}
