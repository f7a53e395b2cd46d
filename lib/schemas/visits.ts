import { z } from '@hono/zod-openapi'

export const boothVisitSchema = z
  .object({
    booth_id: z.string(),
    day: z.string().openapi({ description: 'The UTC day the visit counts for', example: '2026-12-07' }),
    counted: z.boolean().openapi({ description: "False for the booth's own company team: their visits are not figures" }),
    first_visit_at: z.string().nullable().openapi({ description: "This person's first visit of the day (ISO 8601); null when not counted" }),
  })
  .openapi('BoothVisit')
