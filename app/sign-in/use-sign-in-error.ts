'use client'

import { useCallback } from 'react'
import { useTranslations } from 'next-intl'

import { SIGN_IN_ERRORS, type SignInErrorCode } from '@/lib/auth/sign-in-errors'

/** What the page says for a sign-in error code (NextAuth's `?error=` or `signIn()`'s result), in the viewer's language. */
export function useSignInError() {
  const t = useTranslations('auth.signInErrors')
  return useCallback((code: string | null | undefined) => (code && code in SIGN_IN_ERRORS ? t(code as SignInErrorCode) : t('generic')), [t])
}
