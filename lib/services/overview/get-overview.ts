import { db } from '@/lib/db'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import { notTrashed, roomsNotTrashed } from '@/lib/services/booths/booth-visibility'
import type { Actor } from '@/lib/services/actor'
import { messagesPerHour, newUsersPerDay } from './activity-series'
import { recentActivity, type ActivityItem } from './recent-activity'
import type { TimeBucket } from './time-buckets'

export interface OverviewTotals {
  users: number
  activeUsers: number
  companies: number
  booths: Record<BoothStatus, number>
  rooms: number
  messages: number
}

export interface Overview {
  totals: OverviewTotals
  /** Distinct users connected now; null when it could not be counted, rather than a made-up number. */
  onlineUsers: number | null
  messagesPerHour: TimeBucket[]
  newUsersPerDay: TimeBucket[]
  recentActivity: ActivityItem[]
}

async function totals(): Promise<OverviewTotals> {
  const prisma = db()
  const [users, activeUsers, companies, byStatus, rooms, messages] = await Promise.all([
    prisma.user.count({ where: { deletedAt: null } }),
    prisma.user.count({ where: { isActive: true, deletedAt: null } }),
    prisma.company.count({ where: { deletedAt: null } }),
    prisma.tradeBooth.groupBy({ by: ['status'], where: notTrashed, _count: { _all: true } }),
    prisma.room.count({ where: roomsNotTrashed }),
    prisma.message.count({ where: { room: { is: roomsNotTrashed } } }),
  ])
  const booths: Record<BoothStatus, number> = { pending: 0, accepted: 0, rejected: 0 }
  for (const row of byStatus) booths[row.status] = row._count._all
  return { users, activeUsers, companies, booths, rooms, messages }
}

/** Counts the distinct users online; passed in so that this service knows nothing of sockets. */
export type OnlineTotal = () => Promise<number>

/** Everything the dashboard's overview shows `viewer`, as of `now` (recent activity: emails for admins only). Read-only. */
export async function getOverview(viewer: Pick<Actor, 'id' | 'role'>, now: Date = new Date(), online?: OnlineTotal): Promise<Overview> {
  const onlineUsers = online ? online().catch(() => null) : Promise.resolve(null)
  const [figures, perHour, perDay, activity, users] = await Promise.all([
    totals(),
    messagesPerHour(now),
    newUsersPerDay(now),
    recentActivity(viewer, 10),
    onlineUsers,
  ])
  return { totals: figures, onlineUsers: users, messagesPerHour: perHour, newUsersPerDay: perDay, recentActivity: activity }
}
