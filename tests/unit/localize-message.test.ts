import { describe, expect, it, vi } from 'vitest'
import { localizeFieldErrors, localizeMessage } from '@/lib/forms/localize-message'
import { validateForm } from '@/lib/forms/validate-form'

// validateForm reads the viewer's language from next-intl (the request's locale).
const locale = vi.hoisted(() => ({ current: 'en' as 'en' | 'ar' }))
vi.mock('next-intl/server', () => ({ getLocale: async () => locale.current }))

describe('localizeMessage', () => {
  it('leaves English exactly as the schema or service worded it', () => {
    expect(localizeMessage('Enter a valid email address', 'en')).toBe('Enter a valid email address')
    expect(localizeMessage('Anything at all', 'en')).toBe('Anything at all')
  })

  it('words known messages in Arabic, numbers formatted by Intl', () => {
    expect(localizeMessage('Enter a valid email address', 'ar')).toBe('أدخل عنوان بريد إلكتروني صالحًا')
    expect(localizeMessage('Use at least 12 characters', 'ar')).toBe('استخدم 12 حرفًا على الأقل')
    expect(localizeMessage('Too big: expected string to have <=100 characters', 'ar')).toBe('100 حرفًا على الأكثر')
    expect(localizeMessage('Something went wrong. Try again (request 1a2b3c4d).', 'ar')).toBe('حدث خطأ ما. حاول مرة أخرى.')
  })

  it('falls back to a generic Arabic message rather than showing English', () => {
    expect(localizeMessage('Some new refusal', 'ar')).toBe('تحقّق من هذه القيمة.')
    expect(localizeMessage('Some new refusal', 'ar', 'api.generic')).toBe('حدث خطأ ما. حاول مرة أخرى.')
    expect(localizeFieldErrors({ otp: ['The code is 6 digits'] }, 'ar')).toEqual({ otp: ['الرمز مكوّن من 6 أرقام'] })
  })
})

describe('validateForm', () => {
  it('answers in the viewer’s language', async () => {
    locale.current = 'en'
    expect(await validateForm('login', { email: 'nope', password: '' })).toEqual({
      ok: false,
      errors: { email: ['Enter a valid email address'], password: ['Enter your password'] },
    })
    locale.current = 'ar'
    expect(await validateForm('change-password', { password: 'x', new_password: 'short', confirmation: 'other' })).toEqual({
      ok: false,
      errors: { new_password: ['استخدم 12 حرفًا على الأقل'], confirmation: ['كلمتا المرور غير متطابقتين'] },
    })
  })
})
