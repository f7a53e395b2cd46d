'use client'

import Link from 'next/link'
import type { ColumnDef } from '@tanstack/react-table'
import type { useTranslations } from 'next-intl'
import { MessagesSquare, Store } from 'lucide-react'

import { column } from '@/components/data-table/common-columns'
import { Badge } from '@/components/ui/badge'
import type { RoomJson } from '@/lib/schemas/rooms'
import { cn } from '@/lib/utils/cn'

/** The rooms table's columns, worded by `t` (rooms.list). Rooms sort by name on the server; no column re-sorts them. */
export const roomColumns = (t: ReturnType<typeof useTranslations<'rooms.list'>>): ColumnDef<RoomJson>[] => [
  column('name', { label: t('columns.room'), alwaysShown: true, className: 'min-w-56' }, (room) => (
    <Link
      href={`/rooms/${room.id}`}
      className="flex min-w-0 items-center gap-3 rounded-sm font-medium text-foreground outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
    >
      <span aria-hidden className="grid size-8 shrink-0 place-items-center rounded-md bg-primary/10 text-primary ring-1 ring-primary/15">
        {room.booth_id ? <Store className="size-4" /> : <MessagesSquare className="size-4" />}
      </span>
      <span className="truncate">{room.name}</span>
    </Link>
  )),
  column('kind', { label: t('columns.kind'), className: 'w-28' }, (room) =>
    room.booth_id ? (
      <Link
        href={`/booths/${room.booth_id}`}
        className="rounded-full outline-none focus-visible:ring-2 focus-visible:ring-ring"
        aria-label={t('boothRoomLink', { name: room.name })}
      >
        <Badge tone="primary">{t('booth')}</Badge>
      </Link>
    ) : (
      <Badge>{t('general')}</Badge>
    ),
  ),
  column('online', { label: t('columns.online'), className: 'w-32' }, (room) => (
    <span className="inline-flex items-center gap-2 tabular-nums">
      <span aria-hidden className={cn('size-2 rounded-full', room.online > 0 ? 'bg-emerald-500' : 'bg-muted-foreground/40')} />
      {room.online}
    </span>
  )),
]
