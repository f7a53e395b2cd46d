import { tzOffset } from '@date-fns/tz'
import type { BoothStatus } from '@/lib/generated/prisma/enums'
import type { BoothJson } from '@/lib/schemas/booths'

/** The booth's own columns. */
const boothScalarSelect = {
  id: true,
  companyId: true,
  title: true,
  date: true,
  startsAt: true,
  endsAt: true,
  timezone: true,
  location: true,
  description: true,
  status: true,
  reason: true,
  createdAt: true,
} as const

/** The columns `presentBooth` needs: select exactly these. */
export const boothJsonSelect = {
  ...boothScalarSelect,
  imageFile: { select: { url: true } },
  pdfFile: { select: { url: true } },
  docxFile: { select: { url: true } },
} as const

export interface BoothRow {
  id: string
  companyId: string
  title: string
  /** A `@db.Date`: midnight UTC of the local date. */
  date: Date
  startsAt: Date
  endsAt: Date
  timezone: string
  location: string
  description: string
  status: BoothStatus
  reason: string | null
  createdAt: Date
  imageFile: { url: string } | null
  pdfFile: { url: string } | null
  docxFile: { url: string } | null
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * `HH:mm` (or `HH:mm:ss` when it has seconds) of an instant on the wall clock of `timezone`: the
 * instant shifted by the zone's offset at that instant. One offset lookup (an Intl call) per time;
 * formatting a TZDate made several and was a quarter of a booths page's CPU.
 */
export function localTime(instant: Date, timezone: string): string {
  const local = new Date(instant.getTime() + tzOffset(timezone, instant) * 60_000)
  const hm = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`
  return local.getUTCSeconds() ? `${hm}:${pad(local.getUTCSeconds())}` : hm
}

/** The wire form of a booth (snake_case; times local to its timezone, instants in UTC). */
export function presentBooth(booth: BoothRow): BoothJson {
  return {
    id: booth.id,
    company_id: booth.companyId,
    title: booth.title,
    date: booth.date.toISOString().slice(0, 10),
    start_time: localTime(booth.startsAt, booth.timezone),
    end_time: localTime(booth.endsAt, booth.timezone),
    timezone: booth.timezone,
    starts_at: booth.startsAt.toISOString(),
    ends_at: booth.endsAt.toISOString(),
    location: booth.location,
    description: booth.description,
    status: booth.status,
    reason: booth.reason,
    image_url: booth.imageFile?.url ?? null,
    pdf_url: booth.pdfFile?.url ?? null,
    docx_url: booth.docxFile?.url ?? null,
    created_at: booth.createdAt.toISOString(),
  }
}
