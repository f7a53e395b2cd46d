'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { dashboardAction, type ActionResult } from '@/lib/auth/dashboard-action'
import { deleteCompany } from '@/lib/services/companies/delete-company'

// Server actions are public endpoints: each one parses its input and authorizes through dashboardAction.
// Creating and editing go through the API routes instead, which stream multipart uploads.
export async function deleteCompanyAction(id: string): Promise<ActionResult> {
  const input = z.uuid().safeParse(id)
  if (!input.success) return { ok: false, message: 'That request was not valid.' }
  const result = await dashboardAction('staff', async (actor) => {
    await deleteCompany(actor, input.data)
    return 'The company, its booths and their files were deleted.'
  })
  revalidatePath('/companies')
  return result
}

const MAX_BULK = 50

/** Deletes each selected company in turn; one that fails (gone, not allowed) does not stop the rest. */
export async function deleteCompaniesAction(ids: string[]): Promise<ActionResult> {
  const input = z.array(z.uuid()).min(1).max(MAX_BULK).safeParse(ids)
  if (!input.success) return { ok: false, message: 'That request was not valid.' }
  const result = await dashboardAction('staff', async (actor) => {
    let deleted = 0
    for (const id of input.data) {
      try {
        await deleteCompany(actor, id)
        deleted += 1
      } catch {
        // Reported as a count below; the single-row action gives the precise reason.
      }
    }
    const skipped = input.data.length - deleted
    return `${deleted === 1 ? '1 company' : `${deleted} companies`} deleted${skipped ? `; ${skipped} could not be` : ''}.`
  })
  revalidatePath('/companies')
  return result
}
