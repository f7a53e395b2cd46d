'use server'

import { revalidatePath } from 'next/cache'
import { dashboardAction, type ActionResult } from '@/lib/auth/dashboard-action'
import { createRoomBodySchema } from '@/lib/schemas/rooms'
import { createRoom } from '@/lib/services/rooms/create-room'

// Server actions are public endpoints: this one parses with the API's own schema and authorizes
// through dashboardAction; the service checks the role again.
export async function createRoomAction(name: string): Promise<ActionResult> {
  const input = createRoomBodySchema.safeParse({ name })
  if (!input.success) return { ok: false, message: input.error.issues[0]?.message ?? 'That name is not valid.' }
  const result = await dashboardAction('staff', async (actor) => {
    const room = await createRoom(actor, input.data.name)
    return `Room “${room.name}” created.`
  })
  revalidatePath('/rooms')
  return result
}
