import { conflict } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'

/** A booth's fields as services take them (already parsed by the route's schema; camelCase). */
export interface BoothInput {
  companyId: string
  title: string
  /** ISO or `24 Nov, 2026`; read by `parseSchedule`. */
  date: string
  startTime: string
  endTime: string
  /** IANA name; UTC when omitted. */
  timezone?: string
  location: string
  description?: string
}

const DUPLICATE = 'This company already has a booth with this title, start and location'

export const duplicateBooth = () => conflict(DUPLICATE, { title: [DUPLICATE] })

/**
 * Refuses the same booth submitted twice: same company, title and location (both ignoring case)
 * and the same start. The unique index (exact spelling) backs this up under concurrent requests.
 */
export async function assertNotDuplicate(
  client: Pick<Prisma.TransactionClient, 'tradeBooth'>,
  booth: { companyId: string; title: string; location: string; startsAt: Date; excludeId?: string },
): Promise<void> {
  const twin = await client.tradeBooth.findFirst({
    where: {
      companyId: booth.companyId,
      title: { equals: booth.title, mode: 'insensitive' },
      location: { equals: booth.location, mode: 'insensitive' },
      startsAt: booth.startsAt,
      deletedAt: null,
      ...(booth.excludeId && { id: { not: booth.excludeId } }),
    },
    select: { id: true },
  })
  if (twin) throw duplicateBooth()
}
