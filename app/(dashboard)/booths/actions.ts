'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { dashboardAction, type ActionResult } from '@/lib/auth/dashboard-action'
import { deleteBooth } from '@/lib/services/booths/delete-booth'

// Server actions are public endpoints: each one parses its input and authorizes through dashboardAction.
// Creating and editing go through the API routes instead (submit-booth.ts), which stream the multipart
// body (lib/api/multipart.ts) and refuse a file over MAX_UPLOAD_MB with 413 without buffering the rest.
const MAX_BULK = 50

export async function deleteBoothsAction(ids: string[]): Promise<ActionResult> {
  const input = z.array(z.uuid()).min(1).max(MAX_BULK).safeParse(ids)
  if (!input.success) return { ok: false, message: 'That request was not valid.' }
  const result = await dashboardAction('staff', async (actor) => {
    if (input.data.length === 1) {
      // One booth: let its precise error (not found, not allowed) reach the toast.
      await deleteBooth(actor, input.data[0]!)
      return 'The booth, its files and its chat room were deleted.'
    }
    let deleted = 0
    for (const id of input.data) {
      try {
        await deleteBooth(actor, id)
        deleted += 1
      } catch {
        // Counted below; deleting one booth on its own gives the reason.
      }
    }
    const skipped = input.data.length - deleted
    return `${deleted} booths deleted${skipped ? `; ${skipped} could not be` : ''}.`
  })
  revalidatePath('/booths')
  revalidatePath('/review')
  return result
}
