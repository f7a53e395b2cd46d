'use server'

import { getLocale, getTranslations } from 'next-intl/server'

import { AppError, fieldErrors } from '@/lib/errors'
import { heldForSecondFactor } from '@/lib/auth/dashboard-action'
import { getDashboardUser } from '@/lib/auth/dashboard-session'
import { logger } from '@/lib/log/logger'
import { changePasswordSchema } from '@/lib/schemas/auth'
import { changePassword } from '@/lib/services/auth/change-password'
import { localizeFieldErrors, localizeMessage } from '@/lib/forms/localize-message'

export type ChangePasswordResult = { ok: true } | { ok: false; message: string; errors?: Record<string, string[]> }

/**
 * Changes the caller's own password. The service revokes every session, this one included, so the
 * page sends the user to sign in again afterwards.
 */
export async function changePasswordAction(values: { password: string; new_password: string }): Promise<ChangePasswordResult> {
  const [user, t, locale] = await Promise.all([getDashboardUser(), getTranslations(), getLocale()])
  if (!user) return { ok: false, message: t('common.errors.sessionEnded') }
  if (await heldForSecondFactor(user)) return { ok: false, message: t('profile.password.setUpFirst') }
  const input = changePasswordSchema.safeParse(values)
  if (!input.success) return { ok: false, message: t('common.errors.checkFields'), errors: localizeFieldErrors(fieldErrors(input.error), locale) }
  try {
    await changePassword({ userId: user.id, password: input.data.password, newPassword: input.data.new_password })
    return { ok: true }
  } catch (error) {
    // A service's refusal (the current password is wrong…) is worded in English: shown in the viewer's language, else the generic message.
    if (error instanceof AppError && error.isClientError)
      return { ok: false, message: localizeMessage(error.message, locale, 'api.generic'), errors: error.errors && localizeFieldErrors(error.errors, locale) }
    logger().error({ err: error, userId: user.id }, 'password change failed')
    return { ok: false, message: t('common.errors.generic') }
  }
}
