'use client'

import { MicOff, MoreHorizontal, Trash2 } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import type { MessageJson } from '@/lib/schemas/rooms'

/** How long a mute lasts; undefined minutes = until someone lifts it. `key` names its words (rooms.actions.mute/muted). */
export const MUTE_CHOICES = [
  { minutes: 15, key: 'm15' },
  { minutes: 60, key: 'h1' },
  { minutes: 24 * 60, key: 'h24' },
  { minutes: undefined, key: 'forever' },
] as const

export type MuteChoice = (typeof MUTE_CHOICES)[number]['key']

/** A moderator's menu on one message: remove it, or mute its author in this room. */
export function MessageActions({
  message,
  canMute,
  onRemove,
  onMute,
}: {
  message: MessageJson
  canMute: boolean
  onRemove: () => void
  onMute: (minutes: number | undefined, choice: MuteChoice) => void
}) {
  const t = useTranslations('rooms.actions')
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="ghost"
          size="icon"
          className="size-7 opacity-60 group-hover:opacity-100 focus-visible:opacity-100 data-[state=open]:opacity-100"
          aria-label={t('label', { name: message.name })}
        >
          <MoreHorizontal aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="min-w-48">
        <DropdownMenuItem onSelect={onRemove} className="text-destructive focus:text-destructive">
          <Trash2 aria-hidden />
          {t('remove')}
        </DropdownMenuItem>
        {canMute && (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuLabel>{t('muteTitle', { name: message.name })}</DropdownMenuLabel>
            {MUTE_CHOICES.map(({ minutes, key }) => (
              <DropdownMenuItem key={key} onSelect={() => onMute(minutes, key)}>
                <MicOff aria-hidden />
                {t(`mute.${key}`)}
              </DropdownMenuItem>
            ))}
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
