'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { dashboardAction, type ActionResult } from '@/lib/auth/dashboard-action'
import { boothReopenSchema, boothStatusChangeSchema } from '@/lib/schemas/booths'
import { reopenBooth } from '@/lib/services/booths/reopen-booth'
import { acceptBooths, reviewBooth } from '@/lib/services/booths/review-booth'

// Server actions are public endpoints: each one parses its input (with the API's own schema for a
// decision) and authorizes through dashboardAction; the service checks the role again.
const invalid: ActionResult = { ok: false, message: 'That request was not valid.' }

function refresh(ids: string[]) {
  revalidatePath('/review')
  revalidatePath('/booths')
  for (const id of ids) revalidatePath(`/booths/${id}`)
}

export async function acceptBoothsAction(ids: string[]): Promise<ActionResult> {
  const input = z.array(z.uuid()).min(1).max(100).safeParse(ids)
  if (!input.success) return invalid
  const result = await dashboardAction('staff', async (actor) => {
    const { accepted, missing } = await acceptBooths(actor, input.data)
    const count = accepted.length === 1 ? '1 booth accepted' : `${accepted.length} booths accepted`
    return missing.length ? `${count}; ${missing.length} no longer exist.` : `${count}.`
  })
  refresh(input.data)
  return result
}

export async function rejectBoothAction(id: string, reason: string): Promise<ActionResult> {
  const booth = z.uuid().safeParse(id)
  const decision = boothStatusChangeSchema.safeParse({ status: 'rejected', reason })
  if (!booth.success) return invalid
  if (!decision.success) return { ok: false, message: decision.error.issues[0]?.message ?? 'Give a reason for the rejection' }
  const result = await dashboardAction('staff', async (actor) => {
    await reviewBooth(actor, booth.data, decision.data)
    return 'Booth rejected; the owner has been told why.'
  })
  refresh([booth.data])
  return result
}

/** Takes back an accepted or rejected booth's decision: back to the review queue, with an optional note. */
export async function reopenBoothAction(id: string, reason: string): Promise<ActionResult> {
  const booth = z.uuid().safeParse(id)
  const input = boothReopenSchema.safeParse({ reason: reason || undefined })
  if (!booth.success) return invalid
  if (!input.success) return { ok: false, message: input.error.issues[0]?.message ?? 'That note was not valid.' }
  const result = await dashboardAction('staff', async (actor) => {
    await reopenBooth(actor, booth.data, input.data.reason)
    return 'Booth re-opened for review; the owner has been told.'
  })
  refresh([booth.data])
  return result
}
