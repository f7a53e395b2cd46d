import { z } from '@hono/zod-openapi'
import type { SortColumn } from '@/lib/keyset'
import { afterQuery, keysetPageSchema, listQuery, refineAfter } from './list-query'
import { isoDate, normalizeTimezone, parseBoothDate, parseBoothTime, scheduleErrors } from './booth-schedule'
import { text } from './text'
import { optionalFile, refineRemovals, removeFlag } from './uploaded-file'

export const boothStatusSchema = z.enum(['pending', 'accepted', 'rejected']).openapi('BoothStatus')

/** Another booth at the same location whose time overlaps: a warning, never a refusal. */
export const boothConflictSchema = z
  .object({
    booth_id: z.string(),
    title: z.string(),
    starts_at: z.iso.datetime(),
    ends_at: z.iso.datetime(),
  })
  .openapi('BoothConflict')

/**
 * A trade booth as the API shows it. `date`, `start_time` and `end_time` are local to `timezone`
 * (ISO `2026-11-24`, `09:30`); `starts_at`/`ends_at` are the same moments as UTC instants.
 */
export const boothSchema = z
  .object({
    id: z.string().openapi({ example: '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c' }),
    company_id: z.string(),
    title: z.string().openapi({ example: 'Solar roofing demo' }),
    date: z.iso.date().openapi({ example: '2026-11-24' }),
    start_time: z.string().openapi({ example: '09:30', description: 'Local time in `timezone`, HH:mm' }),
    end_time: z.string().openapi({ example: '11:00', description: 'Local time in `timezone`, HH:mm' }),
    timezone: z.string().openapi({ example: 'America/New_York' }),
    starts_at: z.iso.datetime().openapi({ example: '2026-11-24T14:30:00.000Z' }),
    ends_at: z.iso.datetime().openapi({ example: '2026-11-24T16:00:00.000Z' }),
    location: z.string().openapi({ example: 'Hall B, stand 12' }),
    description: z.string(),
    status: boothStatusSchema,
    reason: z.string().nullable().openapi({ description: 'Why the booth was rejected' }),
    image_url: z.string().nullable(),
    pdf_url: z.string().nullable(),
    docx_url: z.string().nullable(),
    created_at: z.iso.datetime(),
  })
  .openapi('Booth')

export type BoothJson = z.infer<typeof boothSchema>
export type BoothConflictJson = z.infer<typeof boothConflictSchema>

/** The answer of create and update: the booth, and the overlapping booths at its location. */
export const boothWithWarningsSchema = boothSchema.extend({ warnings: z.array(boothConflictSchema) }).openapi('BoothWithWarnings')
export type BoothWithWarningsJson = z.infer<typeof boothWithWarningsSchema>

// ---- Requests -------------------------------------------------------------------------------

export const BOOTH_SORT_FIELDS = ['created_at', 'starts_at', 'title'] as const

/** How each booth sort key compares, for the keyset cursor (`after`). */
export const BOOTH_SORT_COLUMNS: Record<(typeof BOOTH_SORT_FIELDS)[number], SortColumn> = {
  created_at: { field: 'createdAt', kind: 'instant' },
  starts_at: { field: 'startsAt', kind: 'instant' },
  title: { field: 'title', kind: 'text' },
}

const dateField = text()
  .trim()
  .refine((value) => parseBoothDate(value) !== null, 'Use a date like 2026-11-24 or 24 Nov, 2026')
  .openapi({ description: 'Local date: ISO `2026-11-24` or `24 Nov, 2026`', example: '2026-11-24' })

const timeField = (example: string) =>
  text()
    .trim()
    .refine((value) => parseBoothTime(value) !== null, 'Use a time like 09:30 or 09:30AM')
    .openapi({ description: 'Local time: ISO `09:30`/`09:30:00` or `09:30AM`/`9:30 pm`', example })

const timezoneField = text()
  .trim()
  .refine((value) => normalizeTimezone(value) !== null, 'Use an IANA time zone such as UTC or America/New_York')
  .openapi({ description: 'IANA time zone of date and times (default UTC)', example: 'America/New_York' })

const emptyAsMissing = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema)

/** The text fields of a booth, as the API's multipart form and the dashboard's form share them. */
const boothTextShape = {
  company_id: z.uuid('Choose a company').openapi({ description: 'The company the booth belongs to' }),
  title: text().trim().min(1, 'Enter a title').max(200).openapi({ example: 'Solar roofing demo' }),
  date: dateField,
  start_time: timeField('09:30'),
  end_time: timeField('11:00'),
  timezone: emptyAsMissing(timezoneField.default('UTC')),
  location: text().trim().min(1, 'Enter a location').max(200).openapi({ example: 'Hall B, stand 12' }),
  description: emptyAsMissing(text().trim().max(5000).default('')),
}

const boothFiles = {
  image: optionalFile('Booth image: JPEG, PNG, WebP or GIF (checked by content), at most MAX_UPLOAD_MB'),
  pdf: optionalFile('Brochure as PDF (checked by content), at most MAX_UPLOAD_MB'),
  docx: optionalFile('Brochure as Word .docx (checked by content), at most MAX_UPLOAD_MB'),
}

/** Start before end, checked on the instants (so DST is respected); reported on `end_time`. */
function refineSchedule(value: { date?: string; start_time?: string; end_time?: string; timezone?: string }, context: z.RefinementCtx) {
  const { date, start_time, end_time, timezone } = value
  if (date === undefined || start_time === undefined || end_time === undefined) return
  const errors = scheduleErrors({ date, start_time, end_time, timezone: timezone ?? 'UTC' })
  for (const [field, messages] of Object.entries(errors)) {
    if (field === 'end_time' && messages[0]?.startsWith('The end')) context.addIssue({ code: 'custom', path: [field], message: messages[0] })
  }
}

/** The dashboard's booth form (files travel separately) — the same rules as the API. */
export const boothFormSchema = z.strictObject(boothTextShape).superRefine(refineSchedule)

/** POST /api/tradebooth/create-tradebooth (multipart). Strict: `status`, owner ids and the like are refused. */
export const createBoothFormSchema = z
  .strictObject({ ...boothTextShape, ...boothFiles })
  .superRefine(refineSchedule)
  .openapi('CreateBoothForm')

/**
 * PUT /api/tradebooth/update-tradebooth (multipart): every field optional; files given replace the
 * old ones, `remove_<file>=true` clears one. No file of a booth is required, so each may be removed.
 */
export const updateBoothFormSchema = z
  .strictObject({
    company_id: boothTextShape.company_id.optional(),
    title: boothTextShape.title.optional(),
    date: emptyAsMissing(dateField.optional()),
    start_time: emptyAsMissing(timeField('09:30').optional()),
    end_time: emptyAsMissing(timeField('11:00').optional()),
    timezone: emptyAsMissing(timezoneField.optional()),
    location: boothTextShape.location.optional(),
    description: text().trim().max(5000).optional(),
    ...boothFiles,
    remove_image: removeFlag('image', 'booth image'),
    remove_pdf: removeFlag('pdf', 'PDF brochure'),
    remove_docx: removeFlag('docx', 'Word brochure'),
  })
  .superRefine(refineRemovals(['image', 'pdf', 'docx']))
  .openapi('UpdateBoothForm')

/** Records are addressed by `?id=` (the documented paths carry no id). */
export const boothIdQuerySchema = z.object({
  id: text().min(1).max(100).openapi({ description: 'The booth id', example: '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c' }),
})

const dateQuery = (description: string) =>
  text()
    .trim()
    .refine((value) => parseBoothDate(value) !== null, 'Use a date like 2026-11-24 or 24 Nov, 2026')
    .optional()
    .openapi({ description })

export const DATE_RANGE_MESSAGE = 'date_to must not be before date_from'

/** A range whose end comes before its start matches nothing: refused, naming `date_to`, rather than an empty page. */
function refineDateRange(query: { date_from?: string; date_to?: string }, context: z.RefinementCtx) {
  const from = query.date_from ? parseBoothDate(query.date_from) : null
  const to = query.date_to ? parseBoothDate(query.date_to) : null
  if (from && to && isoDate(to) < isoDate(from)) context.addIssue({ code: 'custom', path: ['date_to'], message: DATE_RANGE_MESSAGE, input: query.date_to })
}

/** GET /api/tradebooth/get-details-tradebooths */
export const listBoothsQuerySchema = listQuery(BOOTH_SORT_FIELDS, '-created_at')
  .extend({
    status: boothStatusSchema.optional(),
    company_id: z.uuid().optional(),
    date_from: dateQuery("Booths on or after this local date (the booth's own timezone)"),
    date_to: dateQuery("Booths on or before this local date (the booth's own timezone); not before `date_from`"),
    after: afterQuery,
  })
  .superRefine(refineDateRange)
  .superRefine(refineAfter(BOOTH_SORT_COLUMNS))
export type ListBoothsQuery = z.output<typeof listBoothsQuerySchema>

export const boothPageSchema = keysetPageSchema(boothSchema, 'with no filter, `status` and `company_id` (what you may see of them)').openapi('BoothPage')

/** PATCH/PUT /api/tradebooth/status: accept, or reject with a reason. */
export const boothStatusChangeSchema = z
  .strictObject({
    status: z.enum(['accepted', 'rejected']),
    reason: text().trim().max(500, 'At most 500 characters').optional().openapi({ description: 'Required when rejecting' }),
  })
  .superRefine((body, context) => {
    if (body.status === 'rejected' && !body.reason) context.addIssue({ code: 'custom', path: ['reason'], message: 'Give a reason for the rejection' })
  })
  .openapi('BoothStatusChange')
export type BoothStatusChange = z.output<typeof boothStatusChangeSchema>

/** Staff re-open a decided booth for review (the dashboard): an optional note for the owner. */
export const boothReopenSchema = z.strictObject({
  reason: text().trim().max(500, 'At most 500 characters').optional(),
})
export type BoothReopen = z.output<typeof boothReopenSchema>

export const boothStatusAnswerSchema = z.object({ id: z.string(), status: boothStatusSchema, reason: z.string().nullable() }).openapi('BoothStatusAnswer')
