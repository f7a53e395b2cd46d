'use server'

import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { z } from 'zod'
import { dashboardAction, type ActionResult } from '@/lib/auth/dashboard-action'
import type { Actor } from '@/lib/services/actor'
import { deleteCompany } from '@/lib/services/companies/delete-company'
import { restoreCompany } from '@/lib/services/companies/restore-company'

// Server actions are public endpoints: each one parses its input and authorizes through dashboardAction.
// Creating and editing go through the API routes instead, which stream multipart uploads.
const MAX_BULK = 50
const invalid = async (): Promise<ActionResult> => ({ ok: false, message: (await getTranslations('companies.actions'))('invalid') })

function revalidateCompanyPages() {
  for (const path of ['/companies', '/booths', '/review', '/trash']) revalidatePath(path)
}

/** Moves a company and its booths to the trash (restorable for 30 days: the toast's Undo, the Trash page). */
export async function deleteCompanyAction(id: string): Promise<ActionResult> {
  const input = z.uuid().safeParse(id)
  if (!input.success) return invalid()
  const t = await getTranslations('companies.actions')
  const result = await dashboardAction('staff', async (actor) => {
    const { name, booths } = await deleteCompany(actor, input.data)
    return t('movedToTrash', { name, booths })
  })
  revalidateCompanyPages()
  return result
}

/** Takes a company out of the trash with the booths that went with it. */
export async function restoreCompanyAction(id: string): Promise<ActionResult> {
  const input = z.uuid().safeParse(id)
  if (!input.success) return invalid()
  const t = await getTranslations('companies.actions')
  const result = await dashboardAction('staff', async (actor) => t('restored', { name: (await restoreCompany(actor, input.data)).name }))
  revalidateCompanyPages()
  return result
}

/** Runs `each` over the companies in turn; one that fails (gone, not allowed) does not stop the rest. */
async function countEach(actor: Actor, ids: string[], each: (actor: Actor, id: string) => Promise<unknown>): Promise<[number, number]> {
  let done = 0
  for (const id of ids) {
    try {
      await each(actor, id)
      done += 1
    } catch {
      // Reported as a count; the single-row action gives the precise reason.
    }
  }
  return [done, ids.length - done]
}

export async function deleteCompaniesAction(ids: string[]): Promise<ActionResult> {
  const input = z.array(z.uuid()).min(1).max(MAX_BULK).safeParse(ids)
  if (!input.success) return invalid()
  const t = await getTranslations('companies.actions')
  const result = await dashboardAction('staff', async (actor) => {
    const [done, skipped] = await countEach(actor, input.data, (by, id) => deleteCompany(by, id))
    return t('movedMany', { done, skipped })
  })
  revalidateCompanyPages()
  return result
}

export async function restoreCompaniesAction(ids: string[]): Promise<ActionResult> {
  const input = z.array(z.uuid()).min(1).max(MAX_BULK).safeParse(ids)
  if (!input.success) return invalid()
  const t = await getTranslations('companies.actions')
  const result = await dashboardAction('staff', async (actor) => {
    const [done, skipped] = await countEach(actor, input.data, (by, id) => restoreCompany(by, id))
    return t('restoredMany', { done, skipped })
  })
  revalidateCompanyPages()
  return result
}
