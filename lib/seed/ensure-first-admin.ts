import { randomBytes } from 'node:crypto'
import { config } from '@/lib/config'
import { db } from '@/lib/db'
import { hashPassword } from '@/lib/auth/password'
import { recordAudit } from '@/lib/services/audit/record-audit'

export type FirstAdmin = { created: false } | { created: true; email: string; password: string; generated: boolean }

/**
 * Creates the first admin when there is none: from ADMIN_EMAIL/ADMIN_PASSWORD, or with a generated
 * password that the caller prints once. There is never a default password.
 */
export async function ensureFirstAdmin(): Promise<FirstAdmin> {
  const prisma = db()
  if (await prisma.user.findFirst({ where: { role: 'admin' }, select: { id: true } })) return { created: false }
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = config()
  const email = (ADMIN_EMAIL ?? 'admin@vicross.local').toLowerCase()
  const password = ADMIN_PASSWORD ?? randomBytes(12).toString('base64url')
  const passwordHash = await hashPassword(password)
  const admin = await prisma.user.upsert({
    where: { email },
    update: { role: 'admin', isActive: true, passwordHash, emailVerified: new Date(), sessionVersion: { increment: 1 } },
    create: { email, name: 'Administrator', role: 'admin', passwordHash, emailVerified: new Date() },
    select: { id: true },
  })
  await recordAudit({ actorId: null, action: 'seed.first_admin', entityType: 'user', entityId: admin.id, details: { email } })
  return { created: true, email, password, generated: !ADMIN_PASSWORD }
}

export function describeFirstAdmin(admin: FirstAdmin): string | null {
  if (!admin.created) return null
  return admin.generated
    ? `First admin created: ${admin.email} / ${admin.password}  (generated; shown only this once — change it after signing in)`
    : `First admin created: ${admin.email} (password from ADMIN_PASSWORD)`
}
