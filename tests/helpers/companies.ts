import { api } from '@/lib/api/app'
import { db } from '@/lib/db'
import type { CompanyJson } from '@/lib/schemas/companies'
import { send } from './http'
import { form } from './uploads'

let counter = 0

/** A company name no other test uses. */
export const uniqueCompanyName = (prefix = 'Company') => `${prefix} ${Date.now()}-${++counter}`

/** Creates a company through the API as the given caller and returns it (fails the test otherwise). */
export async function createCompanyVia(
  headers: Record<string, string>,
  fields: Record<string, string | { bytes: Uint8Array; name: string; type?: string }> = {},
): Promise<CompanyJson> {
  const answer = await send<CompanyJson>(api(), 'POST', '/api/company/create-company', { headers, body: form({ name: uniqueCompanyName(), ...fields }) })
  if (answer.status !== 201) throw new Error(`create-company answered ${answer.status}: ${JSON.stringify(answer.body)}`)
  return answer.body.data
}

/** A company straight in the database, for tests that do not exercise the companies API. */
export async function insertCompany(ownerId: string) {
  counter++
  return db().company.create({
    data: { name: `Company ${counter}-${Date.now()}`, nameKey: `company ${counter}-${Date.now()}`, ownerId },
    select: { id: true, name: true },
  })
}
