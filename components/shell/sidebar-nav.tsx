'use client'

import { useId } from 'react'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useTranslations } from 'next-intl'

import { cn } from '@/lib/utils/cn'
import type { SavedView } from '@/lib/services/saved-views/saved-views'
import { SavedViewsNav } from './saved-views-nav'
import { isActive, visibleGroups, type NavBadges } from './nav-items'

/** The grouped section links, shared by the desktop sidebar and the mobile sheet. */
export function SidebarNav({
  isAdmin,
  badges = {},
  views = [],
  onNavigate,
}: {
  isAdmin: boolean
  badges?: NavBadges
  views?: SavedView[]
  onNavigate?: () => void
}) {
  const pathname = usePathname()
  // The sidebar and the mobile sheet may both be in the page: ids must differ.
  const idPrefix = useId()
  const t = useTranslations('shell.nav')

  return (
    <nav aria-label={t('label')} className="flex flex-col gap-5 px-3 py-4">
      {visibleGroups(isAdmin).map((group) => (
        <div key={group.key ?? 'home'} className="flex flex-col gap-0.5">
          {group.key && <p className="px-2.5 pb-1.5 text-[11px] font-medium tracking-wider text-muted-foreground uppercase">{t(`groups.${group.key}`)}</p>}
          <ul className="flex flex-col gap-0.5">
            {group.items.map(({ href, key, icon: Icon }) => {
              const active = isActive(href, pathname)
              const count = badges[href] ?? 0
              const countId = `${idPrefix}-count-${href}`
              return (
                <li key={href}>
                  <Link
                    href={href}
                    // Every live refresh would prefetch every link again; pages are fetched on click.
                    prefetch={false}
                    onClick={onNavigate}
                    aria-current={active ? 'page' : undefined}
                    aria-describedby={count > 0 ? countId : undefined}
                    className={cn(
                      'group flex h-8 items-center gap-2.5 rounded-md px-2.5 text-sm transition-colors outline-none focus-visible:ring-2 focus-visible:ring-ring',
                      active
                        ? 'bg-accent font-medium text-foreground shadow-xs ring-1 ring-border'
                        : 'text-sidebar-foreground hover:bg-accent/70 hover:text-foreground',
                    )}
                  >
                    <Icon
                      aria-hidden
                      className={cn('size-4 shrink-0 transition-colors', active ? 'text-primary' : 'text-muted-foreground group-hover:text-foreground')}
                    />
                    {t(`items.${key}`)}
                    {count > 0 && (
                      <span
                        aria-hidden
                        className="ms-auto min-w-5 rounded-full bg-primary px-1.5 text-center text-[11px] leading-5 font-semibold text-primary-foreground tabular-nums"
                      >
                        {count > 99 ? '99+' : count}
                      </span>
                    )}
                    {/* A description, not part of the name: the link stays "Review queue". */}
                    {count > 0 && (
                      <span id={countId} hidden>
                        {t('pending', { count })}
                      </span>
                    )}
                  </Link>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
      <SavedViewsNav views={views} onNavigate={onNavigate} />
    </nav>
  )
}
