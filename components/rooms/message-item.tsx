'use client'

import { useFormatter, useTranslations } from 'next-intl'

import type { MessageJson } from '@/lib/schemas/rooms'
import { cn } from '@/lib/utils/cn'
import { MessageActions, type MuteChoice } from './message-actions'

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  return (words.length >= 2 ? words[0]![0]! + words.at(-1)![0]! : (words[0] ?? '?').slice(0, 2)).toUpperCase()
}

/** One chat message; a removed one keeps its place, without its text. */
export function MessageItem({
  message,
  own,
  onRemove,
  onMute,
}: {
  message: MessageJson
  own: boolean
  onRemove: () => void
  onMute: (minutes: number | undefined, choice: MuteChoice) => void
}) {
  const t = useTranslations('rooms.chat')
  const format = useFormatter()
  const sent = new Date(message.timestamp)
  const at = format.dateTime(sent, 'time')
  const fullAt = format.dateTime(sent, 'dateTime')
  return (
    <li className="group flex gap-3 rounded-md px-2 py-2 hover:bg-muted/50" aria-label={`${message.name}, ${at}`}>
      <span
        aria-hidden
        className={cn(
          'grid size-8 shrink-0 place-items-center rounded-full text-[11px] font-semibold ring-1',
          own ? 'bg-primary text-primary-foreground ring-primary/30' : 'bg-primary/10 text-primary ring-primary/15',
        )}
      >
        {initialsOf(message.name)}
      </span>
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <div className="flex items-baseline gap-2">
          <span className="truncate text-sm font-medium text-foreground">{own ? t('you', { name: message.name }) : message.name}</span>
          <time dateTime={message.timestamp} title={fullAt} className="shrink-0 text-xs text-muted-foreground tabular-nums">
            {at}
          </time>
        </div>
        {message.deleted ? (
          <p className="text-sm text-muted-foreground italic">{t('removed')}</p>
        ) : (
          <p className="text-sm break-words whitespace-pre-wrap text-foreground">{message.msg}</p>
        )}
      </div>
      {!message.deleted && <MessageActions message={message} canMute={!own && message.user_id !== null} onRemove={onRemove} onMute={onMute} />}
    </li>
  )
}
