'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { getTranslations } from 'next-intl/server'
import { dashboardAction, dashboardDataAction, type ActionResult, type DataResult } from '@/lib/auth/dashboard-action'
import { isUuid } from '@/lib/services/is-uuid'
import { endOtherSignIns, endSignIn, listSignIns, signInsOwner, type SignIn } from '@/lib/services/sessions/sign-ins'
import { roleSchema } from '@/lib/schemas/users'
import { assignRole } from '@/lib/services/users/assign-role'
import { deactivateUsers, MAX_BULK_USERS } from '@/lib/services/users/deactivate-users'
import { setUserActive } from '@/lib/services/users/set-user-active'

// Server actions are public endpoints: each one parses its input and checks the caller is an admin.
const userId = z.uuid()
const invalid = async (): Promise<{ ok: false; message: string }> => ({ ok: false, message: (await getTranslations('users'))('result.invalid') })

export async function assignRoleAction(id: string, newRole: string): Promise<ActionResult> {
  const input = z.object({ id: userId, role: roleSchema }).safeParse({ id, role: newRole })
  if (!input.success) return invalid()
  const t = await getTranslations('users')
  const result = await dashboardAction('admin', async (actor) => {
    const user = await assignRole(actor, { userId: input.data.id, role: input.data.role })
    return t('result.roleChanged', { who: user.name ?? user.email, role: user.role })
  })
  revalidatePath('/users')
  return result
}

export async function setUserActiveAction(id: string, active: boolean): Promise<ActionResult> {
  const input = z.object({ id: userId, active: z.boolean() }).safeParse({ id, active })
  if (!input.success) return invalid()
  const t = await getTranslations('users')
  const result = await dashboardAction('admin', async (actor) => {
    const user = await setUserActive(actor, input.data.id, input.data.active)
    return t(user.is_active ? 'result.activated' : 'result.deactivated', { who: user.name ?? user.email })
  })
  revalidatePath('/users')
  return result
}

export async function deactivateUsersAction(ids: string[]): Promise<ActionResult> {
  const input = z.array(userId).min(1).max(MAX_BULK_USERS).safeParse(ids)
  if (!input.success) return invalid()
  const t = await getTranslations('users')
  const result = await dashboardAction('admin', async (actor) => {
    const { deactivated } = await deactivateUsers(actor, input.data)
    return t('result.bulkDeactivated', { count: deactivated })
  })
  revalidatePath('/users')
  return result
}

/** An admin's view of where someone is signed in (the profile's list, for any user). */
export async function userSignInsAction(id: string): Promise<DataResult<SignIn[]>> {
  if (!userId.safeParse(id).success) return invalid()
  return dashboardDataAction('admin', async (actor) => listSignIns(await signInsOwner(actor, id), null))
}

/** Ends one sign-in of a user, or (`signInId` null) all of them. */
export async function endUserSignInAction(id: string, signInId: string | null): Promise<DataResult<number>> {
  if (!userId.safeParse(id).success || (signInId !== null && !isUuid(signInId))) return invalid()
  return dashboardDataAction('admin', async (actor) => {
    const owner = await signInsOwner(actor, id)
    if (signInId === null) return endOtherSignIns(actor, owner, null)
    await endSignIn(actor, owner, signInId)
    return 1
  })
}
