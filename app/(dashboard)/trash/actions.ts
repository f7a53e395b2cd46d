'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { dashboardAction, type ActionResult } from '@/lib/auth/dashboard-action'
import { purgeBooth } from '@/lib/services/booths/purge-booths'
import { purgeCompany } from '@/lib/services/companies/purge-companies'

// Restoring is the booths' and companies' own restore actions (also the Undo of their deletes);
// these are the administrators' "Delete now".
const INVALID: ActionResult = { ok: false, message: 'That request was not valid.' }

export async function purgeBoothAction(id: string): Promise<ActionResult> {
  const input = z.uuid().safeParse(id)
  if (!input.success) return INVALID
  const result = await dashboardAction('admin', async (actor) => {
    await purgeBooth(actor, input.data)
    return 'The booth, its files, its chat room and its messages were deleted for good.'
  })
  revalidatePath('/trash')
  return result
}

export async function purgeCompanyAction(id: string): Promise<ActionResult> {
  const input = z.uuid().safeParse(id)
  if (!input.success) return INVALID
  const result = await dashboardAction('admin', async (actor) => {
    await purgeCompany(actor, input.data)
    return 'The company, its logo and its booths with their files and chat rooms were deleted for good.'
  })
  revalidatePath('/trash')
  return result
}
