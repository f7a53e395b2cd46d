'use client'

import { useLayoutEffect, useRef, useState } from 'react'
import { MessagesSquare } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'
import type { MessageJson } from '@/lib/schemas/rooms'
import type { MuteChoice } from './message-actions'
import { MessageItem } from './message-item'

/** Within this many pixels of the bottom, a new message scrolls the list down; further up, the reader stays put. */
const STICKY_PX = 120

/**
 * The room's messages, oldest at the top, in a keyboard-scrollable region. New messages keep the
 * view at the bottom (unless the reader scrolled up); older ones load above without moving it.
 */
export function MessageList({
  messages,
  selfId,
  hasOlder,
  onLoadOlder,
  onRemove,
  onMute,
}: {
  messages: MessageJson[]
  selfId: string
  hasOlder: boolean
  onLoadOlder: () => Promise<void>
  onRemove: (message: MessageJson) => void
  onMute: (message: MessageJson, minutes: number | undefined, choice: MuteChoice) => void
}) {
  const t = useTranslations('rooms.chat')
  const scroller = useRef<HTMLDivElement>(null)
  const [loading, setLoading] = useState(false)
  // What the list looked like at the last render: where the reader was, and which message was last.
  const before = useRef({ height: 0, top: 0, lastId: undefined as string | undefined, firstId: undefined as string | undefined })

  useLayoutEffect(() => {
    const element = scroller.current
    if (!element) return
    const previous = before.current
    const lastId = messages.at(-1)?.id
    const firstId = messages[0]?.id
    if (previous.firstId && firstId !== previous.firstId && lastId === previous.lastId) {
      // Older messages were added above: keep the same messages in view.
      element.scrollTop = previous.top + (element.scrollHeight - previous.height)
    } else if (lastId !== previous.lastId) {
      const nearBottom = previous.height - previous.top - element.clientHeight < STICKY_PX
      const mine = messages.at(-1)?.user_id === selfId
      if (!previous.lastId || nearBottom || mine) element.scrollTop = element.scrollHeight
    }
    before.current = { height: element.scrollHeight, top: element.scrollTop, lastId, firstId }
  }, [messages, selfId])

  return (
    <div
      ref={scroller}
      role="region"
      aria-label={t('messages')}
      tabIndex={0}
      onScroll={(event) => (before.current.top = event.currentTarget.scrollTop)}
      className="h-[min(60vh,36rem)] overflow-y-auto px-2 py-3 outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset sm:px-3"
    >
      {hasOlder && (
        <div className="flex justify-center pb-2">
          <Button
            variant="outline"
            size="sm"
            disabled={loading}
            onClick={async () => {
              setLoading(true)
              await onLoadOlder()
              setLoading(false)
            }}
          >
            {loading ? t('loading') : t('loadOlder')}
          </Button>
        </div>
      )}
      {messages.length === 0 ? (
        <div className="flex h-full flex-col items-center justify-center gap-2 text-center text-sm text-muted-foreground">
          <MessagesSquare aria-hidden className="size-6" />
          {t('empty')}
        </div>
      ) : (
        <ol className="flex flex-col">
          {messages.map((message) => (
            <MessageItem
              key={message.id}
              message={message}
              own={message.user_id === selfId}
              onRemove={() => onRemove(message)}
              onMute={(minutes, choice) => onMute(message, minutes, choice)}
            />
          ))}
        </ol>
      )}
    </div>
  )
}
