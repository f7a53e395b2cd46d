import { z } from '@hono/zod-openapi'
import { listQuery, pageSchema } from './list-query'
import { text } from './text'

export const LEAD_NOTE_MAX = 500

/** POST /api/tradebooth/share-contact?id=: the visitor's optional note to the booth's company. */
export const shareContactBodySchema = z
  .object({
    note: text()
      .trim()
      .max(LEAD_NOTE_MAX)
      .optional()
      .default('')
      .openapi({ description: `A note for the company (≤ ${LEAD_NOTE_MAX} characters)`, example: 'Interested in a demo for 20 seats' }),
  })
  .openapi('ShareContactBody')

/** What the visitor sees of their own share. */
export const sharedContactSchema = z
  .object({ booth_id: z.string(), note: z.string(), shared_at: z.iso.datetime(), updated_at: z.iso.datetime() })
  .openapi('SharedContact')

export const withdrawnContactSchema = z
  .object({ booth_id: z.string(), withdrawn: z.boolean().openapi({ description: 'False when there was nothing shared to withdraw' }) })
  .openapi('WithdrawnContact')

/** A lead as the company's team sees it: the contact the visitor shared, and what they did at the booth. */
export const leadSchema = z
  .object({
    id: z.string(),
    booth_id: z.string(),
    booth_title: z.string(),
    name: z.string().nullable(),
    email: z.string(),
    company: z.string().nullable().openapi({ description: 'The company the visitor names on their profile' }),
    note: z.string(),
    messages: z.number().int().openapi({ description: "Messages they wrote in the booth's room" }),
    shared_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .openapi('Lead')

export const LEAD_SORT_FIELDS = ['shared_at', 'name'] as const

export const listLeadsQuerySchema = listQuery(LEAD_SORT_FIELDS, '-shared_at').extend({
  id: text().min(1).max(100).openapi({ description: 'The company id' }),
  booth_id: text().max(100).optional().openapi({ description: 'Only the leads of this booth' }),
})
export type ListLeadsQuery = z.infer<typeof listLeadsQuerySchema>

export const leadPageSchema = pageSchema(leadSchema).openapi('LeadPage')
export type LeadJson = z.infer<typeof leadSchema>
