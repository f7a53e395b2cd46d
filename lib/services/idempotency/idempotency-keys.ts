import { db } from '@/lib/db'
import { isUniqueViolation } from '@/lib/db/errors'
import type { Prisma } from '@/lib/generated/prisma/client'

/** A key answers replays for a day; after that the same key starts a new request. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000
/**
 * A claim whose request never finished (the process died between claim and answer) stops blocking
 * its key after this long. Requests are done with the body before they claim, so this bounds only
 * the handler's own work.
 */
export const IN_PROGRESS_STALE_MS = 2 * 60 * 1000
/** `status` of a claimed key whose answer is not stored yet. */
const IN_PROGRESS = 0

/** One request under a key: whose, which key, and what it asked for. */
export interface IdempotentRequest {
  userId: string
  key: string
  method: string
  path: string
  /** sha256 of the request (see the idempotency middleware). */
  requestHash: string
}

export type Claim =
  /** The caller owns the key now: run the request, then `completeIdempotencyKey` or `releaseIdempotencyKey`. */
  | { kind: 'claimed' }
  /** The same request already ran: answer what it answered. */
  | { kind: 'replay'; status: number; body: Prisma.JsonValue }
  /** The key was used for another request (another body, path or method). */
  | { kind: 'mismatch' }
  /** The same request is running now (a concurrent duplicate). */
  | { kind: 'in_progress' }

const where = ({ userId, key }: IdempotentRequest) => ({ userId_key: { userId, key } })

/**
 * Claims `request.key` for this request, or says why not. The claim is an insert under the
 * (user, key) primary key, so of two concurrent duplicates exactly one wins; the other learns that
 * the first is in progress. Expired keys (and abandoned claims) are deleted and claimed afresh.
 */
export async function claimIdempotencyKey(request: IdempotentRequest, now = new Date()): Promise<Claim> {
  const prisma = db()
  // Each user's expired keys go when that user next uses one (the primary key's prefix finds them).
  await prisma.idempotencyKey.deleteMany({ where: { userId: request.userId, createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_TTL_MS) } } })
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await prisma.idempotencyKey.create({
        data: {
          userId: request.userId,
          key: request.key,
          method: request.method,
          path: request.path,
          requestHash: request.requestHash,
          status: IN_PROGRESS,
          responseBody: {},
        },
        select: { key: true },
      })
      return { kind: 'claimed' }
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
    }
    const row = await prisma.idempotencyKey.findUnique({ where: where(request) })
    if (!row) continue // released in between: try again
    const age = now.getTime() - row.createdAt.getTime()
    if (age > IDEMPOTENCY_TTL_MS || (row.status === IN_PROGRESS && age > IN_PROGRESS_STALE_MS)) {
      // Compare-and-delete: only the row we looked at, not a fresh claim made since.
      await prisma.idempotencyKey.deleteMany({ where: { userId: row.userId, key: row.key, createdAt: row.createdAt } })
      continue
    }
    if (row.method !== request.method || row.path !== request.path || row.requestHash !== request.requestHash) return { kind: 'mismatch' }
    if (row.status === IN_PROGRESS) return { kind: 'in_progress' }
    return { kind: 'replay', status: row.status, body: row.responseBody }
  }
  return { kind: 'in_progress' }
}

/** Stores the answer of a claimed request, for its replays. */
export async function completeIdempotencyKey(request: IdempotentRequest, status: number, body: Prisma.InputJsonValue): Promise<void> {
  await db().idempotencyKey.updateMany({
    where: { userId: request.userId, key: request.key, requestHash: request.requestHash, status: IN_PROGRESS },
    data: { status, responseBody: body },
  })
}

/** Gives a claimed key back (the request failed): a retry with the same key runs again. */
export async function releaseIdempotencyKey(request: IdempotentRequest): Promise<void> {
  await db().idempotencyKey.deleteMany({ where: { userId: request.userId, key: request.key, requestHash: request.requestHash, status: IN_PROGRESS } })
}

/** Deletes every expired key (claims also purge the caller's own). */
export async function purgeExpiredIdempotencyKeys(now = new Date()): Promise<number> {
  const { count } = await db().idempotencyKey.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_TTL_MS) } } })
  return count
}
