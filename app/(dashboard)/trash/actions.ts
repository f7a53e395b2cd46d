'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { dashboardAction, type ActionResult } from '@/lib/auth/dashboard-action'
import { purgeBooth } from '@/lib/services/booths/purge-booths'

// Restoring is the booths' restoreBoothsAction (also the Undo of a booth delete); this is the admins' "Delete now".
export async function purgeBoothAction(id: string): Promise<ActionResult> {
  const input = z.uuid().safeParse(id)
  if (!input.success) return { ok: false, message: 'That request was not valid.' }
  const result = await dashboardAction('admin', async (actor) => {
    await purgeBooth(actor, input.data)
    return 'The booth, its files, its chat room and its messages were deleted for good.'
  })
  revalidatePath('/trash')
  return result
}
