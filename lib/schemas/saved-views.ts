import { z } from 'zod'
import { SAVED_VIEW_NAME_MAX, SAVED_VIEW_PAGES, type SavedViewPage } from './saved-view-limits'
import { text } from './text'

export * from './saved-view-limits'

const pages = Object.keys(SAVED_VIEW_PAGES) as [SavedViewPage, ...SavedViewPage[]]

export const saveViewSchema = z.object({
  page: z.enum(pages, { error: 'This page has no table to save' }),
  name: text().trim().min(1, 'Give the view a name').max(SAVED_VIEW_NAME_MAX, `At most ${SAVED_VIEW_NAME_MAX} characters`),
  /** The page's URL query, with or without its `?`; the page number is not part of a view. */
  query: text()
    .max(2000, 'This view has too many filters to save')
    .transform((value) => {
      const params = new URLSearchParams(value.replace(/^\?/, ''))
      params.delete('page')
      return params.toString()
    }),
  columns: z.record(text().max(60), z.boolean()).refine((value) => Object.keys(value).length <= 40, 'Too many columns'),
})
export type SaveViewInput = z.input<typeof saveViewSchema>
