'use client'

import { useTransition } from 'react'
import Link from 'next/link'
import { Bookmark, X } from 'lucide-react'
import { toast } from 'sonner'
import { useTranslations } from 'next-intl'

import { deleteSavedViewAction } from '@/app/(dashboard)/saved-views-actions'
import { rememberColumns } from '@/components/data-table/use-stored-columns'
import type { SavedView } from '@/lib/services/saved-views/saved-views'

const hrefOf = (view: SavedView) => (view.query ? `${view.page}?${view.query}` : view.page)

/** The sidebar's "Saved views": each opens its table with its filters and sort (the URL) and its columns. */
export function SavedViewsNav({ views, onNavigate }: { views: SavedView[]; onNavigate?: () => void }) {
  const t = useTranslations('savedViews')
  const [pending, startTransition] = useTransition()
  if (views.length === 0) return null
  const remove = (view: SavedView) =>
    startTransition(async () => {
      const result = await deleteSavedViewAction(view.id)
      if (result.ok) toast.success(t('deleted', { name: view.name }))
      else toast.error(result.message)
    })

  return (
    <div className="flex flex-col gap-0.5">
      <p className="px-2.5 pb-1.5 text-[11px] font-medium tracking-wider text-muted-foreground/80 uppercase">{t('heading')}</p>
      <ul className="flex flex-col gap-0.5" aria-label={t('heading')}>
        {views.map((view) => (
          <li key={view.id} className="group/view flex items-center rounded-md hover:bg-accent/70">
            <Link
              href={hrefOf(view)}
              prefetch={false}
              onClick={() => {
                rememberColumns(view.page, view.columns)
                onNavigate?.()
              }}
              className="flex h-8 min-w-0 flex-1 items-center gap-2.5 rounded-md px-2.5 text-sm text-sidebar-foreground outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
            >
              <Bookmark aria-hidden className="size-4 shrink-0 text-muted-foreground" />
              <span className="truncate">{view.name}</span>
            </Link>
            <button
              type="button"
              disabled={pending}
              onClick={() => remove(view)}
              aria-label={t('deleteView', { name: view.name })}
              className="me-1 grid size-6 shrink-0 place-items-center rounded text-muted-foreground opacity-0 outline-none group-hover/view:opacity-100 hover:text-foreground focus-visible:opacity-100 focus-visible:ring-2 focus-visible:ring-ring"
            >
              <X aria-hidden className="size-3.5" />
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
