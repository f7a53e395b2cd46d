import { db } from '@/lib/db'
import { hashPassword } from '@/lib/auth/password'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import { recordAudit } from '@/lib/services/audit/record-audit'

const COMPANIES = [
  { name: 'Northwind Robotics', location: 'Hall A', size: '51-200' },
  { name: 'Blue Harbor Foods', location: 'Hall B', size: '11-50' },
  { name: 'Lumen Health', location: 'Hall C', size: '201-500' },
  { name: 'Kestrel Analytics', location: 'Hall A', size: '1-10' },
]
const TOPICS = ['Product launch', 'Live demo', 'Meet the founders', 'Hiring Q&A', 'Partner program', 'Roadmap preview']
const STATUSES: BoothStatus[] = ['pending', 'accepted', 'rejected']
const LINES = [
  'Hello everyone!',
  'When does the demo start?',
  'Is there a recording?',
  'Great talk, thanks!',
  'Can I get the brochure?',
  'See you at the booth.',
]

/** A small, realistic show for a first look: exhibitors, booths in every status, rooms with chat. Skipped when companies exist. */
export async function seedDemoData(): Promise<{ skipped: boolean; companies: number; booths: number; messages: number }> {
  const prisma = db()
  if ((await prisma.company.count()) > 0) return { skipped: true, companies: 0, booths: 0, messages: 0 }
  const passwordHash = await hashPassword(`demo-${Math.random().toString(36).slice(2)}-unused`)
  const day = new Date()
  day.setUTCHours(0, 0, 0, 0)
  let booths = 0
  let messages = 0
  // The decisions are the first admin's (the seed makes one before this), so the booths' histories read true.
  const reviewer = await prisma.user.findFirst({ where: { role: 'admin' }, orderBy: { createdAt: 'asc' }, select: { id: true } })
  for (const [index, company] of COMPANIES.entries()) {
    const owner = await prisma.user.create({
      data: {
        email: `exhibitor${index + 1}@demo.vicross.local`,
        name: `Exhibitor ${index + 1}`,
        company: company.name,
        passwordHash,
        emailVerified: new Date(),
      },
    })
    const created = await prisma.company.create({ data: { ...company, nameKey: company.name.toLowerCase(), ownerId: owner.id } })
    for (let slot = 0; slot < 3; slot++) {
      const status = STATUSES[(index + slot) % STATUSES.length]!
      const startsAt = new Date(day.getTime() + (index + 1) * 86_400_000 + (9 + slot * 2) * 3_600_000)
      const booth = await prisma.tradeBooth.create({
        data: {
          companyId: created.id,
          createdById: owner.id,
          title: `${TOPICS[(index * 3 + slot) % TOPICS.length]} — ${company.name}`,
          date: new Date(startsAt.toISOString().slice(0, 10)),
          startsAt,
          endsAt: new Date(startsAt.getTime() + 90 * 60_000),
          location: company.location,
          description: `Come and see ${company.name} at ${company.location}.`,
          status,
          reason: status === 'rejected' ? 'Overlaps with the keynote; please pick another slot.' : null,
          reviewedAt: status === 'pending' ? null : new Date(),
          reviewedById: status === 'pending' ? null : (reviewer?.id ?? null),
        },
      })
      booths++
      // Each step as the services record it: the booth's status history and the audit log read these.
      const about = { entityType: 'trade_booth', entityId: booth.id }
      await recordAudit({ ...about, actorId: owner.id, action: 'booth.created', details: { status: 'pending', title: booth.title } })
      if (status !== 'pending') {
        await recordAudit({
          ...about,
          actorId: reviewer?.id ?? null,
          action: status === 'accepted' ? 'booth.accepted' : 'booth.rejected',
          details: { title: booth.title, status_from: 'pending', status_to: status, reason: booth.reason },
        })
      }
      if (status !== 'accepted') continue
      const room = await prisma.room.create({ data: { name: booth.title, kind: 'booth', boothId: booth.id, lastSeq: LINES.length } })
      await prisma.message.createMany({
        data: LINES.map((body, seq) => ({
          roomId: room.id,
          seq: seq + 1,
          userId: owner.id,
          body,
          createdAt: new Date(Date.now() - (LINES.length - seq) * 600_000),
        })),
      })
      messages += LINES.length
    }
  }
  await prisma.room.create({ data: { name: 'Lobby', kind: 'general' } })
  return { skipped: false, companies: COMPANIES.length, booths, messages }
}
