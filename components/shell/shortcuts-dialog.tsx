'use client'

import { Fragment, useEffect, useId, useState } from 'react'

import { Dialog, DialogContent, DialogDescription, DialogTitle } from '@/components/ui/dialog'
import { isTyping, SHORTCUT_GROUPS } from './shortcuts'
import { useTranslations } from 'next-intl'

/** The page's table search (components/data-table/data-table-toolbar.tsx marks it). */
const SEARCH_SELECTOR = '[data-shortcut="search"]'

/**
 * The dashboard's global keys, mounted once in its layout: `?` lists every shortcut, `/` moves to the
 * table search. Keys typed into a field, or with Ctrl/⌘/Alt held, are left alone (⌘K is the
 * command palette's).
 */
export function ShortcutsDialog() {
  const [open, setOpen] = useState(false)
  const idPrefix = useId()
  const t = useTranslations('shell.shortcuts')

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      if (event.key === '?') {
        event.preventDefault()
        setOpen(true)
      } else if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>(SEARCH_SELECTOR)
        if (!search) return
        event.preventDefault()
        search.focus()
        search.select()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent className="max-w-lg">
        <DialogTitle>{t('title')}</DialogTitle>
        <DialogDescription>{t('description')}</DialogDescription>
        <div className="flex max-h-[60vh] flex-col gap-5 overflow-y-auto">
          {SHORTCUT_GROUPS.map((group, index) => (
            <section key={group.key} aria-labelledby={`${idPrefix}-${index}`} className="flex flex-col gap-2">
              <h3 id={`${idPrefix}-${index}`} className="text-xs font-medium tracking-wide text-muted-foreground uppercase">
                {t(`groups.${group.key}`)}
              </h3>
              <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-4 gap-y-1.5 text-sm">
                {group.shortcuts.map((shortcut) => (
                  <Fragment key={shortcut.key + shortcut.keys.join()}>
                    <dt className="flex gap-1">
                      {shortcut.keys.map((key) => (
                        <kbd key={key} className="min-w-6 rounded border bg-muted px-1.5 py-0.5 text-center font-mono text-xs text-foreground">
                          {key}
                        </kbd>
                      ))}
                    </dt>
                    <dd className="text-muted-foreground">{t(`items.${shortcut.key}`)}</dd>
                  </Fragment>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </DialogContent>
    </Dialog>
  )
}
