import { z } from '@hono/zod-openapi'
import { text } from './text'

export const ANALYTICS_MAX_DAYS = 366
export const ANALYTICS_MAX_HOURLY_DAYS = 14

const day = (description: string) =>
  text()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Must be a date as YYYY-MM-DD')
    .optional()
    .openapi({ description, example: '2026-12-01' })

/** The window of a booth's or a company's analytics: UTC days, inclusive, by hour or by day. */
export const analyticsQuerySchema = z
  .object({
    id: text().min(1).max(100).openapi({ description: 'The booth or company id' }),
    from: day('First UTC day (default: 29 days before `to`)'),
    to: day('Last UTC day, included (default: today)'),
    granularity: z
      .enum(['hour', 'day'])
      .default('day')
      .openapi({ description: `Buckets of the series; \`hour\` for windows of at most ${ANALYTICS_MAX_HOURLY_DAYS} days` }),
  })
  .superRefine((query, context) => {
    const from = query.from ? Date.parse(`${query.from}T00:00:00Z`) : NaN
    const to = query.to ? Date.parse(`${query.to}T00:00:00Z`) : NaN
    if (query.from && Number.isNaN(from)) context.addIssue({ code: 'custom', path: ['from'], message: 'Not a valid date', input: query.from })
    if (query.to && Number.isNaN(to)) context.addIssue({ code: 'custom', path: ['to'], message: 'Not a valid date', input: query.to })
    if (Number.isNaN(from) || Number.isNaN(to)) return
    const days = (to - from) / 86_400_000 + 1
    if (days < 1) context.addIssue({ code: 'custom', path: ['to'], message: 'Must not be before `from`', input: query.to })
    else if (days > ANALYTICS_MAX_DAYS) context.addIssue({ code: 'custom', path: ['from'], message: `At most ${ANALYTICS_MAX_DAYS} days`, input: query.from })
    else if (query.granularity === 'hour' && days > ANALYTICS_MAX_HOURLY_DAYS)
      context.addIssue({ code: 'custom', path: ['granularity'], message: `Hourly for at most ${ANALYTICS_MAX_HOURLY_DAYS} days`, input: query.granularity })
  })
export type AnalyticsQuery = z.infer<typeof analyticsQuerySchema>

const figures = {
  visits: z.number().int().openapi({ description: 'Visitor-days: each person counts once a day' }),
  unique_visitors: z.number().int().openapi({ description: 'Distinct people' }),
  messages: z.number().int().openapi({ description: "Messages written in the booth's room" }),
  leads: z.number().int().openapi({ description: 'Contacts shared (and not withdrawn)' }),
  peak_in_room: z.number().int().openapi({ description: 'Most people in the room at once' }),
}

export const analyticsTotalsSchema = z
  .object({ ...figures, conversion: z.number().nullable().openapi({ description: 'leads / unique_visitors (0–1); null without visitors' }) })
  .openapi('AnalyticsTotals')

export const analyticsBucketSchema = z
  .object({ at: z.iso.datetime().openapi({ description: 'Start of the hour or UTC day' }), ...figures })
  .openapi('AnalyticsBucket')

export const boothAnalyticsSchema = z
  .object({
    booth_id: z.string(),
    from: z.string(),
    to: z.string(),
    granularity: z.enum(['hour', 'day']),
    totals: analyticsTotalsSchema,
    series: z.array(analyticsBucketSchema).openapi({ description: 'Every bucket of the window, in order (empty ones as zeros)' }),
  })
  .openapi('BoothAnalytics')

export const companyAnalyticsSchema = boothAnalyticsSchema
  .omit({ booth_id: true })
  .extend({
    company_id: z.string(),
    booths: z
      .array(z.object({ booth_id: z.string(), title: z.string(), ...analyticsTotalsSchema.shape }))
      .openapi({ description: "Each of the company's booths over the window, most unique visitors first" }),
  })
  .openapi('CompanyAnalytics')

export type AnalyticsTotals = z.infer<typeof analyticsTotalsSchema>
export type AnalyticsBucket = z.infer<typeof analyticsBucketSchema>
export type BoothAnalyticsJson = z.infer<typeof boothAnalyticsSchema>
export type CompanyAnalyticsJson = z.infer<typeof companyAnalyticsSchema>
