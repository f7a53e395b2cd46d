import { apiRequest, type ApiResult } from '@/lib/client/post-json'
import type { BoothWithWarningsJson } from '@/lib/schemas/booths'

export interface BoothFiles {
  image: File | null
  pdf: File | null
  docx: File | null
}

export const BOOTH_TEXT_FIELDS = ['company_id', 'title', 'date', 'start_time', 'end_time', 'timezone', 'location', 'description'] as const
export type BoothTextField = (typeof BOOTH_TEXT_FIELDS)[number]

/**
 * Sends the booth to the API as multipart: create, or update `boothId`. Both routes stream the body
 * (lib/api/multipart.ts), refuse a file over MAX_UPLOAD_MB with 413 naming the field as soon as it
 * passes, and check each file by its content. Only chosen files are sent; on update, a file not sent
 * keeps the old one, unless `removals` asks for it to go (`remove_<field>=true`).
 */
export function submitBooth(
  values: Record<BoothTextField, string>,
  files: BoothFiles,
  boothId?: string,
  removals: Partial<Record<keyof BoothFiles, boolean>> = {},
): Promise<ApiResult<BoothWithWarningsJson>> {
  const body = new FormData()
  for (const field of BOOTH_TEXT_FIELDS) body.set(field, values[field])
  for (const [field, file] of Object.entries(files)) if (file) body.set(field, file)
  if (boothId) for (const field of Object.keys(files) as Array<keyof BoothFiles>) if (!files[field] && removals[field]) body.set(`remove_${field}`, 'true')
  return boothId
    ? apiRequest<BoothWithWarningsJson>(`/api/tradebooth/update-tradebooth?id=${encodeURIComponent(boothId)}`, { method: 'PUT', body })
    : apiRequest<BoothWithWarningsJson>('/api/tradebooth/create-tradebooth', { method: 'POST', body })
}
