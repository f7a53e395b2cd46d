import { db } from '@/lib/db'

/**
 * Keeps the most people seen at once in a booth's room this hour (UTC). Called with each presence
 * recount (coalesced per room, lib/realtime/presence.ts); general rooms are skipped by the join. Every
 * process that recounts writes the same figure, and GREATEST keeps the highest.
 */
export async function notePeakInRoom(roomId: string, online: number, at: Date = new Date()): Promise<void> {
  if (online <= 0) return
  await db().$executeRaw`INSERT INTO booth_hour_stats (booth_id, hour, peak_in_room)
    SELECT r.booth_id, date_trunc('hour', ${at}::timestamptz, 'UTC'), ${online} FROM rooms r WHERE r.id = ${roomId}::uuid AND r.booth_id IS NOT NULL
    ON CONFLICT (booth_id, hour) DO UPDATE SET peak_in_room = GREATEST(booth_hour_stats.peak_in_room, excluded.peak_in_room)`
}
