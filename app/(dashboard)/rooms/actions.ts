'use server'

import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { dashboardAction, type ActionResult } from '@/lib/auth/dashboard-action'
import { ROOM_NAME_MAX } from '@/lib/schemas/room-limits'
import { createRoomBodySchema } from '@/lib/schemas/rooms'
import { createRoom } from '@/lib/services/rooms/create-room'

// Server actions are public endpoints: this one parses with the API's own schema and authorizes
// through dashboardAction; the service checks the role again.
export async function createRoomAction(name: string): Promise<ActionResult> {
  const t = await getTranslations('rooms.create')
  const input = createRoomBodySchema.safeParse({ name })
  if (!input.success) {
    // The schema's own words are the API's (English); the dashboard says the same in the viewer's language.
    const issue = input.error.issues[0]?.code
    return { ok: false, message: issue === 'too_small' ? t('nameRequired') : issue === 'too_big' ? t('nameTooLong', { max: ROOM_NAME_MAX }) : t('nameInvalid') }
  }
  const result = await dashboardAction('staff', async (actor) => {
    const room = await createRoom(actor, input.data.name)
    return t('created', { name: room.name })
  })
  revalidatePath('/rooms')
  return result
}
