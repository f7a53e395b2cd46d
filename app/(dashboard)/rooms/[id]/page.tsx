import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ArrowLeft, Store } from 'lucide-react'

import { RoomView } from '@/components/rooms/room-view'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { AppError } from '@/lib/errors'
import { requireDashboardUser, type DashboardUser } from '@/lib/auth/dashboard-session'
import { findRoom, type RoomRow } from '@/lib/services/rooms/find-room'
import { RecordCrumb } from '@/components/shell/record-crumb'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('rooms.room')
  return { title: t('title') }
}

async function loadRoom(id: string, viewer: DashboardUser): Promise<RoomRow> {
  try {
    return await findRoom(id, viewer)
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound()
    throw error
  }
}

export default async function RoomPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireDashboardUser()
  const room = await loadRoom((await params).id, user)
  const t = await getTranslations('rooms.room')
  return (
    <>
      <RecordCrumb name={room.name} />
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="flex min-w-0 flex-col gap-1">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="truncate text-2xl font-semibold tracking-tight text-foreground">{room.name}</h1>
            {room.boothId ? <Badge tone="primary">{t('boothRoom')}</Badge> : <Badge>{t('generalRoom')}</Badge>}
          </div>
          <p className="text-sm text-muted-foreground">{t('intro')}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline">
            <Link href="/rooms">
              <ArrowLeft aria-hidden className="rtl:rotate-180" />
              {t('allRooms')}
            </Link>
          </Button>
          {room.boothId && (
            <Button asChild variant="outline">
              <Link href={`/booths/${room.boothId}`}>
                <Store aria-hidden />
                {t('booth')}
              </Link>
            </Button>
          )}
        </div>
      </div>
      {/* Keyed by room: moving to another room starts a fresh chat state. */}
      <RoomView key={room.id} roomId={room.id} roomName={room.name} selfId={user.id} />
    </>
  )
}
