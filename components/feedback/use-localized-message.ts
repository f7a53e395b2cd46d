'use client'

import { useCallback } from 'react'
import { useLocale } from 'next-intl'

import { describeFailure, type ApiResult } from '@/lib/client/post-json'
import { localizeFieldErrors, localizeMessage, type MessageKey } from '@/lib/forms/localize-message'

/**
 * For messages the browser receives in English (an API envelope, a server action's service error, a
 * passkey ceremony): the same message in the viewer's language (lib/forms/localize-message.ts), or
 * the generic "Something went wrong" when it has no translation.
 */
export function useLocalizedMessage() {
  const locale = useLocale()
  const localize = useCallback((message: string, fallback: MessageKey = 'api.generic') => localizeMessage(message, locale, fallback), [locale])
  const failure = useCallback((result: ApiResult<unknown>) => localizeMessage(describeFailure(result), locale, 'api.generic'), [locale])
  const localizeErrors = useCallback((errors: Record<string, string[]>) => localizeFieldErrors(errors, locale), [locale])
  return { localize, failure, localizeErrors }
}
