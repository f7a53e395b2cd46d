import type { Prisma } from '@/lib/generated/prisma/client'

/**
 * The trash's rule, the one place it is written: a deleted booth stays in the trash (deleted_at set,
 * hidden from every reader by the visibility rule, its files kept but not served) for TRASH_DAYS,
 * restorable by whoever could delete it; then the scheduled purge removes its row, room, messages
 * and file bytes for good.
 */
export const TRASH_DAYS = 30

const DAY_MS = 24 * 60 * 60 * 1000

/** When a booth deleted at `deletedAt` is purged. */
export const purgeDueAt = (deletedAt: Date) => new Date(deletedAt.getTime() + TRASH_DAYS * DAY_MS)

/** Booths deleted before this instant are past their time in the trash at `now`. */
export const trashCutoff = (now: Date) => new Date(now.getTime() - TRASH_DAYS * DAY_MS)

/** Days left before the purge, a part day counted whole (30 just after the delete, 1 on its last day). */
export const daysLeft = (deletedAt: Date, now: Date) => Math.max(0, Math.ceil((purgeDueAt(deletedAt).getTime() - now.getTime()) / DAY_MS))

/** Booths in the trash still within their time at `now` (restorable). */
export const restorableAt = (now: Date): Prisma.TradeBoothWhereInput => ({ deletedAt: { not: null, gte: trashCutoff(now) } })
