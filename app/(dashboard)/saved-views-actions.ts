'use server'

import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { dashboardAction, dashboardDataAction, type ActionResult, type DataResult } from '@/lib/auth/dashboard-action'
import type { SaveViewInput } from '@/lib/schemas/saved-views'
import { deleteSavedView, saveView, type SavedView } from '@/lib/services/saved-views/saved-views'

// The service parses the input with its schema; the guard signs the caller in as staff or admin.
export async function saveViewAction(input: SaveViewInput): Promise<DataResult<SavedView>> {
  const result = await dashboardDataAction('staff', (actor) => saveView(actor, input))
  // The sidebar lists the views: every dashboard page shows it.
  if (result.ok) revalidatePath('/', 'layout')
  return result
}

export async function deleteSavedViewAction(id: string): Promise<ActionResult> {
  const t = await getTranslations('savedViews')
  const result = await dashboardAction('staff', async (actor) => {
    await deleteSavedView(actor, String(id))
    return t('deletedResult')
  })
  if (result.ok) revalidatePath('/', 'layout')
  return result
}
