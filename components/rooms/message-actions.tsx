'use client'

import { MicOff, MoreHorizontal, Trash2 } from 'lucide-react'

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

/** How long a mute lasts; undefined minutes = until someone lifts it. */
export const MUTE_CHOICES = [
  { minutes: 15, label: 'for 15 minutes' },
  { minutes: 60, label: 'for 1 hour' },
  { minutes: 24 * 60, label: 'for 24 hours' },
  { minutes: undefined, label: 'until unmuted' },
] as const

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
  onMute: (minutes: number | undefined, label: string) => void
}) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="ghost"
          size="icon"
          className="size-7 opacity-60 group-hover:opacity-100 focus-visible:opacity-100 data-[state=open]:opacity-100"
          aria-label={`Actions for the message from ${message.name}`}
        >
          <MoreHorizontal aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="min-w-48">
        <DropdownMenuItem onSelect={onRemove} className="text-destructive focus:text-destructive">
          <Trash2 aria-hidden />
          Remove message
        </DropdownMenuItem>
        {canMute && (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuLabel>Mute {message.name} in this room</DropdownMenuLabel>
            {MUTE_CHOICES.map(({ minutes, label }) => (
              <DropdownMenuItem key={label} onSelect={() => onMute(minutes, label)}>
                <MicOff aria-hidden />
                {label.charAt(0).toUpperCase() + label.slice(1)}
              </DropdownMenuItem>
            ))}
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
