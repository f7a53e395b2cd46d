import { signAccessToken } from '@/lib/auth/access-token'
import { db } from '@/lib/db'
import type { Role } from '@/lib/generated/prisma/enums'

let counter = 0

/** A user in the test database, with a valid bearer token. */
export async function createUser(options: { role?: Role; active?: boolean } = {}) {
  counter++
  const user = await db().user.create({
    data: {
      email: `user${counter}-${Date.now()}@example.com`,
      name: `User ${counter}`,
      role: options.role ?? 'user',
      isActive: options.active ?? true,
      emailVerified: new Date(),
    },
  })
  const token = await signAccessToken({ userId: user.id, role: user.role, sessionVersion: user.sessionVersion })
  return { user, token, bearer: { authorization: `Bearer ${token}` } }
}
