'use client'

import { useSearchParams } from 'next/navigation'
import { Download } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'

/** A link to `href` with the page's search, filters and sort (not its paging): the CSV of what is on screen, every page. */
export function DataTableExportButton({ href }: { href: string }) {
  const t = useTranslations('table')
  const params = new URLSearchParams(useSearchParams())
  params.delete('page')
  params.delete('page_size')
  const query = params.toString()
  return (
    <Button asChild variant="outline" size="sm" className="h-9">
      <a href={`${href}${query ? `?${query}` : ''}`} download>
        <Download aria-hidden />
        {t('exportCsv')}
      </a>
    </Button>
  )
}
