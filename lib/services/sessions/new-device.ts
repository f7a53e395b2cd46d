import { db } from '@/lib/db'
import { localeOr } from '@/lib/i18n/locales'
import { queueMail } from '@/lib/mail/send-mail'
import { newDeviceSignInMail } from '@/lib/mail/templates/security-mails'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { deviceKind, deviceLabel } from './device'

/** How far back a device counts as known. */
const KNOWN_FOR_DAYS = 90
const RECENT_SIGN_INS = 50

/**
 * After a new sign-in (`signInId`: its dashboard session or refresh-token family): when the user
 * has signed in before, but never from this kind of device in the last 90 days, they are mailed and
 * the audit log says so. The first sign-in of an account is no news to its owner.
 */
export async function noticeNewDevice(userId: string, signInId: string, client: { ip: string | null; userAgent: string | null }): Promise<void> {
  const since = new Date(Date.now() - KNOWN_FOR_DAYS * 86_400_000)
  const prisma = db()
  const [sessions, tokens] = await Promise.all([
    prisma.dashboardSession.findMany({
      where: { userId, id: { not: signInId }, createdAt: { gte: since } },
      select: { userAgent: true },
      orderBy: { createdAt: 'desc' },
      take: RECENT_SIGN_INS,
    }),
    prisma.refreshToken.findMany({
      where: { userId, familyId: { not: signInId }, createdAt: { gte: since } },
      select: { userAgent: true },
      orderBy: { createdAt: 'desc' },
      take: RECENT_SIGN_INS,
    }),
  ])
  const earlier = [...sessions, ...tokens]
  if (earlier.length === 0) return
  const kind = deviceKind(client.userAgent)
  if (earlier.some((row) => deviceKind(row.userAgent) === kind)) return
  const device = deviceLabel(client.userAgent)
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, locale: true } })
  await recordAudit({ actorId: userId, action: 'user.new_device_sign_in', entityType: 'user', entityId: userId, details: { device }, ip: client.ip })
  queueMail(newDeviceSignInMail(user.email, { device, ip: client.ip }, localeOr(user.locale)))
}
