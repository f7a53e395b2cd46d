import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { notifyBoothOwner } from '@/lib/services/booths/notify-booth-owner'
import { PASSWORD, call, registerVerified, uniqueEmail, setupAuthTests } from '../helpers/auth'
import { codeFrom } from '../helpers/smtp'
import { createUser } from '../helpers/users'

// Mails speak their recipient's language: an account's `locale` (null → English); an address with no
// account yet (a registration's code) gets the language of the request (Accept-Language).
const env = setupAuthTests()
const ARABIC = /[\u0600-\u06FF]/

describe('the language of mails', () => {
  it('mails an Arabic account in Arabic, whatever the language of the request', async () => {
    const email = await registerVerified(env.smtp())
    await db().user.update({ where: { email: email.toLowerCase() }, data: { locale: 'ar' } })
    await call('POST', '/api/auth/send-otp', { json: { email, purpose: 'reset_password' }, headers: { 'accept-language': 'en-US,en;q=0.9' } })
    const mail = await env.smtp().waitForMail(email)
    expect(mail.subject).toBe('رمز إعادة تعيين كلمة المرور')
    expect(mail.text).toContain('استخدم هذا الرمز للمتابعة')
    expect(mail.text).toContain('— فريق VI Cross')
    expect(codeFrom(mail)).toMatch(/^\d{6}$/)
    expect(mail.html).toContain('<html lang="ar" dir="rtl">')
    expect(mail.html).toContain('text-align:right')
    expect(mail.text).not.toContain('reset the password')
  })

  it('mails an account without a language in English, even when asked in Arabic', async () => {
    const email = await registerVerified(env.smtp())
    await call('POST', '/api/auth/send-otp', { json: { email, purpose: 'reset_password' }, headers: { 'accept-language': 'ar' } })
    const mail = await env.smtp().waitForMail(email)
    expect(mail.subject).toBe('Your password reset code')
    expect(mail.text).toContain('Someone (hopefully you) asked to reset the password of your VI Cross account.')
    expect(mail.text).toContain('— VI Cross')
    expect(mail.text).not.toMatch(ARABIC)
    expect(mail.html).toContain('<html lang="en" dir="ltr">')
  })

  it('mails a registration made in Arabic its code in Arabic; one in English in English', async () => {
    const arabic = uniqueEmail('arabic')
    const registered = await call('POST', '/api/auth/register', {
      json: { name: 'ليلى', email: arabic, password: PASSWORD, password_confirmation: PASSWORD },
      headers: { 'accept-language': 'ar-EG,ar;q=0.9,en;q=0.5' },
    })
    expect(registered.status).toBe(201)
    const mail = await env.smtp().waitForMail(arabic)
    expect(mail.subject).toBe('تحقّق من عنوان بريدك الإلكتروني')
    expect(mail.text).toContain('تنتهي صلاحية الرمز بعد 10 دقائق')
    expect(mail.text).toContain('تحقّق من بريدي الإلكتروني: http://localhost:3000/api/auth/verify-email?token=')
    expect(mail.html).toContain('dir="rtl"')
    expect(codeFrom(mail)).toMatch(/^\d{6}$/)

    const english = uniqueEmail('english')
    await call('POST', '/api/auth/register', {
      json: { name: 'Grace', email: english, password: PASSWORD, password_confirmation: PASSWORD },
      headers: { 'accept-language': 'en-GB' },
    })
    const englishMail = await env.smtp().waitForMail(english)
    expect(englishMail.subject).toBe('Verify your email address')
    expect(englishMail.text).not.toMatch(ARABIC)
  })

  it("words a booth owner's notice in the owner's language", async () => {
    const arabic = await createUser()
    await db().user.update({ where: { id: arabic.user.id }, data: { locale: 'ar' } })
    const english = await createUser()
    const notice = { notice: 'rejected' as const, boothId: '00000000-0000-4000-8000-000000000000', title: 'Solar roofing', reason: 'Hall B is closed' }
    await notifyBoothOwner({ ...notice, companyOwnerId: arabic.user.id })
    await notifyBoothOwner({ ...notice, companyOwnerId: english.user.id })
    const inArabic = await env.smtp().waitForMail(arabic.user.email)
    expect(inArabic.subject).toBe('لم يُقبل جناحك «Solar roofing»')
    expect(inArabic.text).toContain('السبب: Hall B is closed')
    const inEnglish = await env.smtp().waitForMail(english.user.email)
    expect(inEnglish.subject).toBe('Your booth "Solar roofing" was not accepted')
    expect(inEnglish.text).toContain('Reason: Hall B is closed')
  })
})
