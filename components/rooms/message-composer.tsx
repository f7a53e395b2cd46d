'use client'

import { useState } from 'react'
import { SendHorizontal } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'
import { Label } from '@/components/ui/label'
import { Textarea } from '@/components/ui/textarea'
import { MESSAGE_MAX } from '@/lib/schemas/room-limits'
import { cn } from '@/lib/utils/cn'

/**
 * Writes to the room as the signed-in staff member. Enter sends, Shift+Enter adds a line; the text
 * stays until the server has stored it, and a refusal (muted, too fast, too long) shows below.
 */
export function MessageComposer({ roomName, disabled, onSend }: { roomName: string; disabled: boolean; onSend: (text: string) => Promise<string | null> }) {
  const t = useTranslations('rooms.composer')
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const length = text.trim().length
  const tooLong = length > MESSAGE_MAX

  const send = async () => {
    if (sending || disabled || length === 0 || tooLong) return
    setSending(true)
    const failure = await onSend(text)
    setSending(false)
    setError(failure)
    if (!failure) setText('')
  }

  return (
    <form
      className="flex flex-col gap-2 border-t bg-card p-3 sm:p-4"
      onSubmit={(event) => {
        event.preventDefault()
        void send()
      }}
    >
      <Label htmlFor="room-message" className="sr-only">
        {t('label', { room: roomName })}
      </Label>
      <div className="flex items-end gap-2">
        <Textarea
          id="room-message"
          rows={2}
          value={text}
          placeholder={t('label', { room: roomName })}
          aria-invalid={error || tooLong ? true : undefined}
          aria-describedby="room-message-help room-message-error"
          className="max-h-40 min-h-[2.75rem] resize-y"
          onChange={(event) => {
            setText(event.target.value)
            if (error) setError(null)
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault()
              void send()
            }
          }}
        />
        <Button type="submit" size="icon" disabled={disabled || sending || length === 0 || tooLong} aria-label={t('send')}>
          <SendHorizontal aria-hidden className="rtl:-scale-x-100" />
        </Button>
      </div>
      <div className="flex items-start justify-between gap-3 text-xs">
        <p id="room-message-error" role="alert" className="font-medium text-destructive">
          {error ?? (tooLong ? t('tooLong', { max: MESSAGE_MAX }) : '')}
        </p>
        <p id="room-message-help" className={cn('shrink-0 text-muted-foreground tabular-nums', tooLong && 'text-destructive')}>
          <span className="sr-only sm:not-sr-only">{t('help')}</span>
          {length}/{MESSAGE_MAX}
        </p>
      </div>
    </form>
  )
}
