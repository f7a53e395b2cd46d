'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { getTranslations } from 'next-intl/server'
import { dashboardAction, type ActionResult } from '@/lib/auth/dashboard-action'
import { purgeBooth } from '@/lib/services/booths/purge-booths'
import { purgeCompany } from '@/lib/services/companies/purge-companies'

// Restoring is the booths' and companies' own restore actions (also the Undo of their deletes);
// these are the administrators' "Delete now".
const invalid = async (): Promise<ActionResult> => ({ ok: false, message: (await getTranslations('trash'))('result.invalid') })

export async function purgeBoothAction(id: string): Promise<ActionResult> {
  const input = z.uuid().safeParse(id)
  if (!input.success) return invalid()
  const t = await getTranslations('trash')
  const result = await dashboardAction('admin', async (actor) => {
    await purgeBooth(actor, input.data)
    return t('result.boothPurged')
  })
  revalidatePath('/trash')
  return result
}

export async function purgeCompanyAction(id: string): Promise<ActionResult> {
  const input = z.uuid().safeParse(id)
  if (!input.success) return invalid()
  const t = await getTranslations('trash')
  const result = await dashboardAction('admin', async (actor) => {
    await purgeCompany(actor, input.data)
    return t('result.companyPurged')
  })
  revalidatePath('/trash')
  return result
}
