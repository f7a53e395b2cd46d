import { encode } from 'next-auth/jwt'
import { db } from '@/lib/db'

/**
 * The dashboard's session cookie as NextAuth writes it after a sign-in: a `dashboard_sessions` row
 * and a JWT naming it (`sid`), the user (`sub`) and their session version (`sv`).
 */
export async function dashboardCookie(
  user: { id: string; sessionVersion: number },
  options: { maxAge?: number; userAgent?: string } = {},
): Promise<{ cookie: string; sessionId: string }> {
  const { id: sessionId } = await db().dashboardSession.create({ data: { userId: user.id, userAgent: options.userAgent ?? null }, select: { id: true } })
  const token = await encode({ token: { sub: user.id, sv: user.sessionVersion, sid: sessionId }, secret: process.env.AUTH_SECRET!, maxAge: options.maxAge })
  return { cookie: `next-auth.session-token=${token}`, sessionId }
}
