import { blockRateLimit, blockedFor, countRateLimit } from '@/lib/rate-limit/consume'
import { db } from '@/lib/db'
import { noRow } from './pending-email'

/** Failures allowed before any delay; then the lock doubles from 30 s up to 15 min per failure. */
export const FREE_FAILURES = 4
const FIRST_LOCK_SECONDS = 30
export const MAX_LOCK_SECONDS = 15 * 60
/**
 * NIST SP 800-63B: at most 100 consecutive failures. At 100 (which the growing delay stretches over
 * a day or more) password sign-in stops until the owner proves control of the mailbox: a password
 * reset or a sign-in with an emailed code clears the count. The owner can therefore never be locked
 * out for good, and an attacker cannot keep guessing.
 */
export const MAX_CONSECUTIVE_FAILURES = 100

export function lockSeconds(failures: number): number {
  if (failures >= MAX_CONSECUTIVE_FAILURES) return MAX_LOCK_SECONDS
  if (failures <= FREE_FAILURES) return 0
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (failures - FREE_FAILURES - 1))
}

export interface LockableAccount {
  id: string
  failedLoginCount: number
  lockedUntil: Date | null
}

/*
 * Real accounts keep their count in the database (shared by every process, kept across restarts).
 * Emails without an account get the same schedule from the rate limiter, so that being locked out
 * does not reveal that an account exists.
 */

/** Milliseconds until the next password attempt is allowed; 0 when it is allowed now. */
export async function lockRemaining(account: LockableAccount | null, email: string, now = Date.now()): Promise<number> {
  if (!account) return blockedFor('login-unknown-lock', email)
  if (account.failedLoginCount >= MAX_CONSECUTIVE_FAILURES) return MAX_LOCK_SECONDS * 1000
  return account.lockedUntil ? Math.max(0, account.lockedUntil.getTime() - now) : 0
}

/** Counts a failure; returns the consecutive failure count and the lock it started (seconds). */
export async function recordLoginFailure(account: LockableAccount | null, email: string): Promise<{ failures: number; lockedSeconds: number }> {
  if (!account) {
    // The statements a real account's failure runs, against no row, then a commit that waits for
    // the WAL flush as the real increment's does (taking a transaction id makes it one).
    await db().user.updateMany({ where: { id: noRow() }, data: { failedLoginCount: { increment: 1 } } })
    await db().$queryRaw`SELECT pg_current_xact_id()::text AS x`
    const failures = await countRateLimit('login-unknown-failures', email)
    const seconds = lockSeconds(failures)
    if (seconds > 0) {
      await db().user.updateMany({ where: { id: noRow() }, data: { lockedUntil: new Date() } })
      await blockRateLimit('login-unknown-lock', email, seconds)
    }
    return { failures, lockedSeconds: seconds }
  }
  // The increment is atomic: parallel wrong guesses each count.
  const { failedLoginCount: failures } = await db().user.update({
    where: { id: account.id },
    data: { failedLoginCount: { increment: 1 } },
    select: { failedLoginCount: true },
  })
  const seconds = lockSeconds(failures)
  if (seconds > 0) await db().user.update({ where: { id: account.id }, data: { lockedUntil: new Date(Date.now() + seconds * 1000) }, select: { id: true } })
  return { failures, lockedSeconds: seconds }
}

/** A proof of identity (right password, emailed code, reset) ends the failure streak. */
export async function clearLoginFailures(userId: string): Promise<void> {
  await db().user.updateMany({
    where: { id: userId, OR: [{ failedLoginCount: { gt: 0 } }, { lockedUntil: { not: null } }] },
    data: { failedLoginCount: 0, lockedUntil: null },
  })
}
