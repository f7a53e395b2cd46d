import { notFound } from '@/lib/errors'
import { isUuid } from '@/lib/services/is-uuid'
import { db } from '@/lib/db'
import type { UserJson } from '@/lib/schemas/users'
import { presentUser, userColumnsSelect, withUserFiles } from './present-user'

/** One user as the API shows them; 404 when the id is unknown. */
export async function getProfile(userId: string): Promise<UserJson> {
  if (!isUuid(userId)) throw notFound('User')
  const user = await db().user.findUnique({ where: { id: userId }, select: userColumnsSelect })
  if (!user) throw notFound('User')
  const [row] = await withUserFiles([user])
  return presentUser(row!)
}
