'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { dashboardAction, type ActionResult } from '@/lib/auth/dashboard-action'
import { roleSchema } from '@/lib/schemas/users'
import { assignRole } from '@/lib/services/users/assign-role'
import { deactivateUsers, MAX_BULK_USERS } from '@/lib/services/users/deactivate-users'
import { deleteUser } from '@/lib/services/users/delete-user'
import { setUserActive } from '@/lib/services/users/set-user-active'

// Server actions are public endpoints: each one parses its input and checks the caller is an admin.
const userId = z.uuid()
const invalid: ActionResult = { ok: false, message: 'That request was not valid.' }
const rolePhrase = { user: 'a user', staff: 'staff', admin: 'an administrator' } as const

export async function assignRoleAction(id: string, newRole: string): Promise<ActionResult> {
  const input = z.object({ id: userId, role: roleSchema }).safeParse({ id, role: newRole })
  if (!input.success) return invalid
  const result = await dashboardAction('admin', async (actor) => {
    const user = await assignRole(actor, { userId: input.data.id, role: input.data.role })
    return `${user.name ?? user.email} is now ${rolePhrase[user.role]}.`
  })
  revalidatePath('/users')
  return result
}

export async function setUserActiveAction(id: string, active: boolean): Promise<ActionResult> {
  const input = z.object({ id: userId, active: z.boolean() }).safeParse({ id, active })
  if (!input.success) return invalid
  const result = await dashboardAction('admin', async (actor) => {
    const user = await setUserActive(actor, input.data.id, input.data.active)
    return `${user.name ?? user.email} is ${user.is_active ? 'active again' : 'deactivated and signed out everywhere'}.`
  })
  revalidatePath('/users')
  return result
}

export async function deactivateUsersAction(ids: string[]): Promise<ActionResult> {
  const input = z.array(userId).min(1).max(MAX_BULK_USERS).safeParse(ids)
  if (!input.success) return invalid
  const result = await dashboardAction('admin', async (actor) => {
    const { deactivated } = await deactivateUsers(actor, input.data)
    return deactivated === 1 ? '1 user deactivated.' : `${deactivated} users deactivated.`
  })
  revalidatePath('/users')
  return result
}

export async function deleteUserAction(id: string): Promise<ActionResult> {
  const input = userId.safeParse(id)
  if (!input.success) return invalid
  const result = await dashboardAction('admin', async (actor) => {
    await deleteUser(actor, input.data)
    return 'The account and its media were deleted.'
  })
  revalidatePath('/users')
  return result
}
