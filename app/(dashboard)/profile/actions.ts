'use server'

import { AppError, fieldErrors } from '@/lib/errors'
import { heldForSecondFactor } from '@/lib/auth/dashboard-action'
import { getDashboardUser } from '@/lib/auth/dashboard-session'
import { logger } from '@/lib/log/logger'
import { changePasswordSchema } from '@/lib/schemas/auth'
import { changePassword } from '@/lib/services/auth/change-password'

export type ChangePasswordResult = { ok: true } | { ok: false; message: string; errors?: Record<string, string[]> }

/**
 * Changes the caller's own password. The service revokes every session, this one included, so the
 * page sends the user to sign in again afterwards.
 */
export async function changePasswordAction(values: { password: string; new_password: string }): Promise<ChangePasswordResult> {
  const user = await getDashboardUser()
  if (!user) return { ok: false, message: 'Your session has ended. Sign in again.' }
  if (await heldForSecondFactor(user)) return { ok: false, message: 'Set up a second factor first.' }
  const input = changePasswordSchema.safeParse(values)
  if (!input.success) return { ok: false, message: 'Check the highlighted fields.', errors: fieldErrors(input.error) }
  try {
    await changePassword({ userId: user.id, password: input.data.password, newPassword: input.data.new_password })
    return { ok: true }
  } catch (error) {
    if (error instanceof AppError && error.isClientError) return { ok: false, message: error.message, errors: error.errors }
    logger().error({ err: error, userId: user.id }, 'password change failed')
    return { ok: false, message: 'Something went wrong. Try again.' }
  }
}
