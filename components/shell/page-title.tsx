'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { ChevronRight } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { findSection } from './nav-items'
import { useRecordCrumb } from './record-crumb'

const separator = <ChevronRight aria-hidden className="size-3.5 shrink-0 text-muted-foreground/60 rtl:rotate-180" />

/** Where-am-I trail in the top bar, ending with the record's name on a record's page; the page's own <h1> stays in the page. */
export function PageTitle() {
  const pathname = usePathname()
  const record = useRecordCrumb()
  const section = findSection(pathname)
  const t = useTranslations('shell')
  if (!section) return null
  const onRecord = record !== null && pathname !== section.item.href

  return (
    <nav aria-label={t('breadcrumb')} className="min-w-0">
      <ol className="flex min-w-0 items-center gap-1.5 text-sm">
        {section.group && (
          <li className="hidden items-center gap-1.5 text-muted-foreground sm:flex">
            {t(`nav.groups.${section.group}`)}
            {separator}
          </li>
        )}
        {onRecord ? (
          <>
            <li className="flex shrink-0 items-center gap-1.5 max-sm:hidden">
              <Link href={section.item.href} className="text-muted-foreground hover:text-foreground hover:underline">
                {t(`nav.items.${section.item.key}`)}
              </Link>
              {separator}
            </li>
            <li className="min-w-0 truncate font-medium text-foreground" aria-current="page">
              {record}
            </li>
          </>
        ) : (
          <li className="min-w-0 truncate font-medium text-foreground" aria-current="page">
            {t(`nav.items.${section.item.key}`)}
          </li>
        )}
      </ol>
    </nav>
  )
}
