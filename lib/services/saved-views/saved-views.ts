import { hasRole } from '@/lib/auth/auth-user'
import { db } from '@/lib/db'
import { AppError, forbidden, notFound } from '@/lib/errors'
import { isSavedViewPage, SAVED_VIEW_PAGES, SAVED_VIEWS_MAX, saveViewSchema, type SaveViewInput, type SavedViewPage } from '@/lib/schemas/saved-views'
import type { Actor } from '@/lib/services/actor'
import { isUuid } from '@/lib/services/is-uuid'

export interface SavedView {
  id: string
  page: SavedViewPage
  name: string
  query: string
  columns: Record<string, boolean>
}

const mayUse = (actor: Pick<Actor, 'role'>, page: string): page is SavedViewPage => isSavedViewPage(page) && hasRole(actor.role, SAVED_VIEW_PAGES[page])

const viewSelect = { id: true, page: true, name: true, query: true, columns: true } as const

function present(row: { id: string; page: string; name: string; query: string; columns: unknown }): SavedView {
  return { ...row, page: row.page as SavedViewPage, columns: (row.columns ?? {}) as Record<string, boolean> }
}

/** The actor's saved views, oldest first, leaving out pages their role no longer opens. */
export async function listSavedViews(actor: Pick<Actor, 'id' | 'role'>): Promise<SavedView[]> {
  const rows = await db().savedView.findMany({ where: { userId: actor.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: viewSelect })
  return rows.filter((row) => mayUse(actor, row.page)).map(present)
}

/** Saves the table's state under a name; the same name again replaces that view (its place in the list kept). */
export async function saveView(actor: Pick<Actor, 'id' | 'role'>, input: SaveViewInput): Promise<SavedView> {
  const parsed = saveViewSchema.safeParse(input)
  if (!parsed.success) {
    const errors: Record<string, string[]> = {}
    for (const issue of parsed.error.issues) (errors[String(issue.path[0] ?? 'body')] ??= []).push(issue.message)
    throw new AppError('validation', Object.values(errors)[0]?.[0] ?? 'Validation failed', { errors })
  }
  const view = parsed.data
  if (!mayUse(actor, view.page)) throw forbidden('You cannot save views of this page')
  const prisma = db()
  return prisma.$transaction(async (tx) => {
    const existing = await tx.savedView.findUnique({ where: { userId_name: { userId: actor.id, name: view.name } }, select: { id: true } })
    if (!existing && (await tx.savedView.count({ where: { userId: actor.id } })) >= SAVED_VIEWS_MAX) {
      throw new AppError('validation', `You can keep at most ${SAVED_VIEWS_MAX} views: delete one first`, {
        errors: { name: [`At most ${SAVED_VIEWS_MAX} views`] },
      })
    }
    const data = { page: view.page, query: view.query, columns: view.columns }
    const row = existing
      ? await tx.savedView.update({ where: { id: existing.id }, data, select: viewSelect })
      : await tx.savedView.create({ data: { ...data, userId: actor.id, name: view.name }, select: viewSelect })
    return present(row)
  })
}

/** Deletes one of the actor's own views (anyone else's is "not found"). */
export async function deleteSavedView(actor: Pick<Actor, 'id'>, id: string): Promise<void> {
  const { count } = isUuid(id) ? await db().savedView.deleteMany({ where: { id, userId: actor.id } }) : { count: 0 }
  if (count === 0) throw notFound('Saved view')
}
