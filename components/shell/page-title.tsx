'use client'

import { usePathname } from 'next/navigation'
import { ChevronRight } from 'lucide-react'

import { findSection } from './nav-items'

/** Where-am-I trail in the top bar; the page's own <h1> stays in the page. */
export function PageTitle() {
  const section = findSection(usePathname())
  if (!section) return null

  return (
    <p className="flex min-w-0 items-center gap-1.5 text-sm">
      {section.group && (
        <>
          <span className="hidden text-muted-foreground sm:inline">{section.group}</span>
          <ChevronRight aria-hidden className="hidden size-3.5 text-muted-foreground/60 sm:block" />
        </>
      )}
      <span className="truncate font-medium text-foreground">{section.item.label}</span>
    </p>
  )
}
