'use client'

import { Users } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { Card } from '@/components/ui/card'
import { MEMBERS_MAX } from '@/lib/schemas/room-limits'
import type { RoomMemberJson } from '@/lib/schemas/rooms'
import { initialsOf } from './message-item'

/** Who is in the room now: the exact count, and up to MEMBERS_MAX names. */
export function RoomMembers({ members, online, selfId }: { members: RoomMemberJson[]; online: number | null; selfId: string }) {
  const t = useTranslations('rooms')
  return (
    <Card role="region" className="flex flex-col gap-3 p-4 lg:self-start" aria-labelledby="room-members-title">
      <div className="flex items-center justify-between gap-2">
        <h2 id="room-members-title" className="text-sm font-semibold text-foreground">
          {t('members.title')}
        </h2>
        <span
          className="inline-flex items-center gap-1.5 text-sm text-muted-foreground tabular-nums"
          aria-label={t('members.count', { count: online ?? members.length })}
        >
          <Users aria-hidden className="size-4" />
          {online ?? members.length}
        </span>
      </div>
      {members.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t('members.nobody')}</p>
      ) : (
        <ul aria-label={t('members.people')} className="flex max-h-96 flex-col gap-1 overflow-y-auto">
          {members.map((member) => (
            <li key={member.user_id} className="flex min-w-0 items-center gap-2 rounded-md px-1 py-1 text-sm">
              <span
                aria-hidden
                className="relative grid size-7 shrink-0 place-items-center rounded-full bg-muted text-[10px] font-semibold text-muted-foreground"
              >
                {initialsOf(member.name)}
                <span className="absolute -end-0.5 -bottom-0.5 size-2.5 rounded-full bg-emerald-500 ring-2 ring-card" />
              </span>
              <span className="truncate text-foreground">{member.user_id === selfId ? t('chat.you', { name: member.name }) : member.name}</span>
            </li>
          ))}
        </ul>
      )}
      {online !== null && online > MEMBERS_MAX && (
        <p className="text-xs text-muted-foreground">{t('members.showing', { shown: MEMBERS_MAX, total: online })}</p>
      )}
    </Card>
  )
}
