import { db } from '@/lib/db'
import { publishSessionsRevoked, type SessionRevocationReason } from '@/lib/events/domain-events'
import { logger } from '@/lib/log/logger'
import { noticeNewDevice } from './new-device'

/** A dashboard sign-in's row; its id goes into the session cookie as `sid`. */
export async function startDashboardSession(userId: string, client: { ip: string | null; userAgent: string | null }): Promise<string> {
  const { id } = await db().dashboardSession.create({
    data: { userId, ip: client.ip, userAgent: client.userAgent?.slice(0, 300) ?? null },
    select: { id: true },
  })
  // The sign-in must not wait for, or fail over, a mail about it.
  noticeNewDevice(userId, id, client).catch((error: unknown) => logger().warn({ err: error, userId }, 'new-device notice failed'))
  return id
}

/** On each refresh of the cookie: false once the session was ended (the cookie is then dropped). */
export async function touchDashboardSession(sessionId: string, userId: string): Promise<boolean> {
  const touched = await db().dashboardSession.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { lastSeenAt: new Date() } })
  return touched.count === 1
}

/** Ends one dashboard session: its cookie is refused from the next request on, its sockets now. */
export async function endDashboardSession(sessionId: string, userId: string, reason: SessionRevocationReason): Promise<boolean> {
  const ended = await db().dashboardSession.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: new Date() } })
  if (ended.count === 1) publishSessionsRevoked({ userId, sessionId, reason })
  return ended.count === 1
}

/** Sessions ended, or past the cookie's 24-hour lifetime, a week ago: no cookie can name them any more. */
export async function purgeEndedDashboardSessions(): Promise<number> {
  const weekAgo = new Date(Date.now() - 7 * 86_400_000)
  const { count } = await db().dashboardSession.deleteMany({ where: { OR: [{ revokedAt: { lt: weekAgo } }, { createdAt: { lt: weekAgo } }] } })
  return count
}
