'use server'

import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { z } from 'zod'
import { dashboardAction, type ActionResult } from '@/lib/auth/dashboard-action'
import { boothReopenSchema, boothStatusChangeSchema } from '@/lib/schemas/booths'
import { reopenBooth } from '@/lib/services/booths/reopen-booth'
import { acceptBooths, reviewBooth } from '@/lib/services/booths/review-booth'

// Server actions are public endpoints: each one parses its input (with the API's own schema for a
// decision) and authorizes through dashboardAction; the service checks the role again.
const invalid = async (): Promise<ActionResult> => ({ ok: false, message: (await getTranslations('review.actions'))('invalid') })

/** The schema's refusal of a reason or note, in the viewer's language: too long, else missing (the only two it has). */
async function reasonRefused(issue: z.core.$ZodIssue | undefined, missing: 'reasonRequired' | 'noteInvalid'): Promise<ActionResult> {
  const t = await getTranslations('review.actions')
  return { ok: false, message: issue?.code === 'too_big' ? t('tooLong') : t(missing) }
}

function refresh(ids: string[]) {
  revalidatePath('/review')
  revalidatePath('/booths')
  for (const id of ids) revalidatePath(`/booths/${id}`)
}

export async function acceptBoothsAction(ids: string[]): Promise<ActionResult> {
  const input = z.array(z.uuid()).min(1).max(100).safeParse(ids)
  if (!input.success) return invalid()
  const t = await getTranslations('review.actions')
  const result = await dashboardAction('staff', async (actor) => {
    const { accepted, missing } = await acceptBooths(actor, input.data)
    return missing.length ? t('acceptedMissing', { count: accepted.length, missing: missing.length }) : t('accepted', { count: accepted.length })
  })
  refresh(input.data)
  return result
}

export async function rejectBoothAction(id: string, reason: string): Promise<ActionResult> {
  const booth = z.uuid().safeParse(id)
  const decision = boothStatusChangeSchema.safeParse({ status: 'rejected', reason })
  if (!booth.success) return invalid()
  if (!decision.success) return reasonRefused(decision.error.issues[0], 'reasonRequired')
  const t = await getTranslations('review.actions')
  const result = await dashboardAction('staff', async (actor) => {
    await reviewBooth(actor, booth.data, decision.data)
    return t('rejected')
  })
  refresh([booth.data])
  return result
}

/** Takes back an accepted or rejected booth's decision: back to the review queue, with an optional note. */
export async function reopenBoothAction(id: string, reason: string): Promise<ActionResult> {
  const booth = z.uuid().safeParse(id)
  const input = boothReopenSchema.safeParse({ reason: reason || undefined })
  if (!booth.success) return invalid()
  if (!input.success) return reasonRefused(input.error.issues[0], 'noteInvalid')
  const t = await getTranslations('review.actions')
  const result = await dashboardAction('staff', async (actor) => {
    await reopenBooth(actor, booth.data, input.data.reason)
    return t('reopened')
  })
  refresh([booth.data])
  return result
}
