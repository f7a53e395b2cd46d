'use server'

import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { z } from 'zod'
import { dashboardAction, type ActionResult } from '@/lib/auth/dashboard-action'
import { AppError } from '@/lib/errors'
import { deleteUser } from '@/lib/services/users/delete-user'
import { purgeUser } from '@/lib/services/users/purge-users'
import { restoreUser } from '@/lib/services/users/restore-user'

// An account's trip through the trash, from the dashboard (admins only): the users table's delete
// and its Undo, and the Trash page's Restore and "Delete now". Server actions are public endpoints:
// each parses its input; dashboardAction checks the caller is an admin.
const userId = z.uuid()

type Translate = Awaited<ReturnType<typeof getTranslations<'accounts'>>>

/**
 * The services' refusals are English (the API's words); the dashboard says them in the viewer's
 * language: each code these services use maps to a message, anything else to a generic one.
 */
async function translated<T>(t: Translate, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (!(error instanceof AppError) || !error.isClientError) throw error
    const key = error.code === 'conflict' ? 'lastAdmin' : error.code === 'not_found' ? 'notFound' : error.code === 'forbidden' ? 'notAllowed' : 'failed'
    throw new AppError(error.code, t(`errors.${key}`))
  }
}

const revalidate = () => {
  revalidatePath('/users')
  revalidatePath('/trash')
}

/** Moves an account to the trash with its companies; the toast's Undo is restoreUserAction. */
export async function deleteUserAction(id: string): Promise<ActionResult> {
  const t = await getTranslations('accounts')
  const input = userId.safeParse(id)
  if (!input.success) return { ok: false, message: t('errors.invalid') }
  const result = await dashboardAction('admin', async (actor) => {
    const { name, email, companies } = await translated(t, () => deleteUser(actor, input.data))
    const who = name ?? email
    return companies ? t('results.movedWithCompanies', { who, count: companies }) : t('results.moved', { who })
  })
  revalidate()
  return result
}

export async function restoreUserAction(id: string): Promise<ActionResult> {
  const t = await getTranslations('accounts')
  const input = userId.safeParse(id)
  if (!input.success) return { ok: false, message: t('errors.invalid') }
  const result = await dashboardAction('admin', async (actor) => {
    const { name, email, companies } = await translated(t, () => restoreUser(actor, input.data))
    const who = name ?? email
    return companies ? t('results.restoredWithCompanies', { who, count: companies }) : t('results.restored', { who })
  })
  revalidate()
  return result
}

export async function purgeUserAction(id: string): Promise<ActionResult> {
  const t = await getTranslations('accounts')
  const input = userId.safeParse(id)
  if (!input.success) return { ok: false, message: t('errors.invalid') }
  const result = await dashboardAction('admin', async (actor) => {
    await translated(t, () => purgeUser(actor, input.data))
    return t('results.purged')
  })
  revalidatePath('/trash')
  return result
}
