import { z } from '@hono/zod-openapi'
import { listQuery, pageSchema } from './list-query'
import { boothSchema } from './booths'
import { text } from './text'
import { optionalFile, refineRemovals, removeFlag } from './uploaded-file'

export const COMPANY_SORT_FIELDS = ['created_at', 'name'] as const
export const COMPANY_NAME_MAX = 120
export const COMPANY_LOCATION_MAX = 200
/** The column is varchar(50): free text such as `11-50`. */
export const COMPANY_SIZE_MAX = 50

/** A company as the API shows it. */
export const companySchema = z
  .object({
    id: z.string().openapi({ example: '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c' }),
    name: z.string().openapi({ example: 'Analytical Engines Ltd' }),
    location: z.string().nullable().openapi({ example: 'London' }),
    size: z.string().nullable().openapi({ example: '11-50' }),
    image_url: z.string().nullable().openapi({ description: 'The logo' }),
    owner_id: z.string(),
    created_at: z.iso.datetime(),
  })
  .openapi('Company')

export type CompanyJson = z.infer<typeof companySchema>

/** GET /api/company/get-single-details-company: the company and the booths the caller may see. */
export const companyWithBoothsSchema = companySchema.extend({ booths: z.array(boothSchema) }).openapi('CompanyWithBooths')
export type CompanyWithBoothsJson = z.infer<typeof companyWithBoothsSchema>

export const companyPageSchema = pageSchema(companySchema).openapi('CompanyPage')

/** Optional free text: trimmed, and an empty value means "none" (null). */
const optionalText = (max: number, example: string) =>
  text()
    .trim()
    .max(max, `At most ${max} characters`)
    .optional()
    .transform((value) => (value === '' ? null : value))
    .openapi({ example, description: `At most ${max} characters; an empty value clears it` })

const nameField = text()
  .trim()
  .min(1, 'Name cannot be empty')
  .max(COMPANY_NAME_MAX, `At most ${COMPANY_NAME_MAX} characters`)
  .openapi({ example: 'Analytical Engines Ltd' })
const locationField = optionalText(COMPANY_LOCATION_MAX, 'London')
const sizeField = optionalText(COMPANY_SIZE_MAX, '11-50')

/**
 * The fields of a company without its logo: what the dashboard's form validates with, and the base
 * of the API's multipart bodies. Strict: `owner_id` (or anything else) is refused, never ignored.
 */
export const companyFormSchema = z.strictObject({ name: nameField, location: locationField, size: sizeField }).openapi('CompanyFields')
export type CompanyFormInput = z.input<typeof companyFormSchema>
export type CompanyFormValues = z.output<typeof companyFormSchema>

const logoField = optionalFile('Logo: JPEG, PNG, WebP or GIF (checked by content), at most MAX_UPLOAD_MB')

/** POST /api/company/create-company (multipart). */
export const createCompanyFormSchema = companyFormSchema.extend({ image: logoField }).openapi('CreateCompanyForm')

/** PUT /api/company/update-company?id= (multipart): only the fields sent change; `remove_image=true` clears the logo. */
export const updateCompanyFormSchema = z
  .strictObject({ name: nameField.optional(), location: locationField, size: sizeField, image: logoField, remove_image: removeFlag('image', 'logo') })
  .superRefine(refineRemovals(['image']))
  .openapi('UpdateCompanyForm')

/** `?id=` of the single, update and delete routes: malformed ids are a 400, unknown ones a 404. */
export const companyIdQuerySchema = z.object({
  id: z.uuid('Not a valid company id').openapi({ param: { name: 'id', in: 'query' }, example: '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c' }),
})

/** GET /api/company/get-details-companies */
export const listCompaniesQuerySchema = listQuery(COMPANY_SORT_FIELDS, '-created_at').extend({
  owner_id: z.uuid('Not a valid user id').optional().openapi({ description: "Only this user's companies" }),
})
export type ListCompaniesQuery = z.output<typeof listCompaniesQuerySchema>
