'use client'

import { useTranslations } from 'next-intl'
import { toast } from 'sonner'

import { useLiveSocket } from '@/components/live/live-socket-provider'
import { Alert } from '@/components/ui/alert'
import { Card } from '@/components/ui/card'
import type { MessageJson } from '@/lib/schemas/rooms'
import type { MuteChoice } from './message-actions'
import { MessageComposer } from './message-composer'
import { MessageList } from './message-list'
import { RoomMembers } from './room-members'
import { useRoomChat } from './use-room-chat'

/** A live room as staff see it: messages with moderation, a composer, and who is online. */
export function RoomView({ roomId, roomName, selfId }: { roomId: string; roomName: string; selfId: string }) {
  const { status } = useLiveSocket()
  const chat = useRoomChat(roomId)
  const t = useTranslations('rooms')

  const remove = async (message: MessageJson) => {
    const failure = await chat.remove(message.id)
    if (failure) toast.error(failure)
    else toast.success(t('chat.removedToast', { name: message.name }))
  }
  const mute = async (message: MessageJson, minutes: number | undefined, choice: MuteChoice) => {
    if (!message.user_id) return
    const failure = await chat.mute(message.user_id, minutes)
    if (failure) toast.error(failure)
    else toast.success(t(`actions.muted.${choice}`, { name: message.name }))
  }
  const loadOlder = async () => {
    const failure = await chat.loadOlder()
    if (failure) toast.error(failure)
  }

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <Card className="flex min-w-0 flex-col overflow-hidden">
        {chat.joinError && <Alert className="m-3">{chat.joinError}</Alert>}
        <MessageList messages={chat.messages} selfId={selfId} hasOlder={chat.hasOlder} onLoadOlder={loadOlder} onRemove={remove} onMute={mute} />
        <MessageComposer roomName={roomName} disabled={status !== 'live'} onSend={chat.send} />
      </Card>
      <RoomMembers members={chat.members} online={chat.online} selfId={selfId} />
      {/* Screen readers hear each new message once; the list itself is not a live region, so loading history stays quiet. */}
      <div role="status" aria-live="polite" className="sr-only">
        {chat.latest && !chat.latest.deleted ? `${chat.latest.name}: ${chat.latest.msg}` : ''}
      </div>
    </div>
  )
}
