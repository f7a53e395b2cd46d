import { db, sqlRows } from '@/lib/db'
import { forbidden, notFound } from '@/lib/errors'
import type { Role } from '@/lib/generated/prisma/enums'
import { Prisma } from '@/lib/generated/prisma/client'
import type { Actor } from '@/lib/services/actor'
import { auditContext } from '@/lib/services/actor'
import { recordAudit } from '@/lib/services/audit/record-audit'
import { revokeFamily } from '@/lib/services/auth/token-pair'
import { deviceLabel } from './device'
import { endDashboardSession } from './dashboard-sessions'

/** One place a user is signed in: a dashboard session, or an API client's refresh-token family. */
export interface SignIn {
  id: string
  kind: 'dashboard' | 'api'
  /** Parsed from the user agent: "Chrome 131 on Linux". */
  device: string
  user_agent: string | null
  ip: string | null
  created_at: string
  last_used_at: string
  /** The sign-in this request was made with. */
  current: boolean
}

interface Row {
  id: string
  kind: 'dashboard' | 'api'
  userAgent: string | null
  ip: string | null
  createdAt: Date
  lastUsedAt: Date
}

/**
 * The live sign-ins of a user, most recently used first. A dashboard session lives until it is
 * ended or its cookie's lifetime (24 h) passes; an API family while it holds an unrevoked, unexpired
 * refresh token. A family's "last used" is its last refresh (each one writes a token), its device
 * and address the last ones known.
 */
function signInsSql(userId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT s.id::text, 'dashboard' AS kind, s.user_agent AS "userAgent", s.ip, s.created_at AS "createdAt", s.last_seen_at AS "lastUsedAt"
      FROM dashboard_sessions s
     WHERE s.user_id = ${userId}::uuid AND s.revoked_at IS NULL AND s.created_at > now() - interval '24 hours'
    UNION ALL
    SELECT f.family_id::text, 'api', f.user_agent, f.ip, f.created_at, f.last_used_at FROM (
      SELECT t.family_id,
             (array_agg(t.user_agent ORDER BY t.created_at DESC) FILTER (WHERE t.user_agent IS NOT NULL))[1] AS user_agent,
             (array_agg(t.ip ORDER BY t.created_at DESC) FILTER (WHERE t.ip IS NOT NULL))[1] AS ip,
             min(t.created_at) AS created_at, max(t.created_at) AS last_used_at,
             bool_or(t.revoked_at IS NULL AND t.expires_at > now()) AS live
        FROM refresh_tokens t WHERE t.user_id = ${userId}::uuid GROUP BY t.family_id
    ) f WHERE f.live
    ORDER BY "lastUsedAt" DESC`
}

/** The account whose sign-ins are asked for: the caller's own, or — admins only — another's. */
export async function signInsOwner(caller: { id: string; role: Role }, userId: string | undefined): Promise<string> {
  if (!userId || userId === caller.id) return caller.id
  if (caller.role !== 'admin') throw forbidden('Only administrators see other people’s sign-ins')
  const user = await db().user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true } })
  if (!user) throw notFound('User')
  return user.id
}

export async function listSignIns(userId: string, currentSignInId: string | null): Promise<SignIn[]> {
  const rows = await sqlRows<Row>(signInsSql(userId))
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    device: deviceLabel(row.userAgent),
    user_agent: row.userAgent,
    ip: row.ip,
    created_at: new Date(row.createdAt).toISOString(),
    last_used_at: new Date(row.lastUsedAt).toISOString(),
    current: row.id === currentSignInId,
  }))
}

/** A dashboard session ends by its row, an API sign-in by its refresh-token family; both end its sockets. */
const endOne = async (kind: SignIn['kind'], id: string, userId: string): Promise<void> => {
  if (kind === 'dashboard') await endDashboardSession(id, userId, 'session_ended')
  else await revokeFamily(id, userId, 'session_ended')
}

/** Ends one sign-in of `userId` (by the user, or an admin): its tokens or cookie, and its sockets. */
export async function endSignIn(actor: Actor, userId: string, signInId: string): Promise<void> {
  const prisma = db()
  const session = await prisma.dashboardSession.findFirst({ where: { id: signInId, userId }, select: { id: true } })
  const family = session ? null : await prisma.refreshToken.findFirst({ where: { familyId: signInId, userId }, select: { id: true } })
  if (!session && !family) throw notFound('Sign-in')
  await endOne(session ? 'dashboard' : 'api', signInId, userId)
  await recordAudit({ ...auditContext(actor), action: 'user.sign_in_ended', entityType: 'user', entityId: userId, details: { sign_in: signInId } })
}

/** "Sign out everywhere else": every sign-in of the user but `keep`. Returns how many ended. */
export async function endOtherSignIns(actor: Actor, userId: string, keep: string | null): Promise<number> {
  const others = (await listSignIns(userId, keep)).filter((signIn) => !signIn.current)
  for (const signIn of others) await endOne(signIn.kind, signIn.id, userId)
  if (others.length > 0) {
    await recordAudit({ ...auditContext(actor), action: 'user.other_sign_ins_ended', entityType: 'user', entityId: userId, details: { ended: others.length } })
  }
  return others.length
}
