import { expect, type APIRequestContext } from '@playwright/test'
import { codeFrom, type TestMail } from '../../helpers/smtp'
import { SMTP_CAPTURE_URL } from '../../../playwright.config'

type CapturedMail = TestMail & { receivedAt: string }

/** The mails smtp-capture.ts has received for `to`, oldest first. */
export async function mailsTo(request: APIRequestContext, to: string): Promise<CapturedMail[]> {
  const response = await request.get(`${SMTP_CAPTURE_URL}/mails?to=${encodeURIComponent(to)}`)
  expect(response.ok()).toBe(true)
  return (await response.json()) as CapturedMail[]
}

/** How many mails `to` has so far: take it before triggering a mail, then wait for the next one. */
export const mailCount = async (request: APIRequestContext, to: string) => (await mailsTo(request, to)).length

/** Waits for mail number `after + 1` to `to` (the app sends in the background) and returns its code. */
export async function nextCode(request: APIRequestContext, to: string, after: number): Promise<string> {
  let mail: CapturedMail | undefined
  await expect
    .poll(
      async () => {
        mail = (await mailsTo(request, to))[after]
        return mail !== undefined
      },
      { timeout: 10_000, message: `a mail to ${to}` },
    )
    .toBe(true)
  return codeFrom(mail!)
}
