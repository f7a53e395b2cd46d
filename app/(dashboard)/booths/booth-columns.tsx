'use client'

import Link from 'next/link'
import type { ColumnDef } from '@tanstack/react-table'
import { FileText, FileType, Image as ImageIcon } from 'lucide-react'

import { actionsColumn, column, selectColumn } from '@/components/data-table/common-columns'
import { boothTimeRange, formatBoothDate } from '@/components/exhibitors/booth-schedule'
import { BoothStatusBadge } from '@/components/exhibitors/booth-status-badge'
import type { BoothJson } from '@/lib/schemas/booths'
import { BoothRowActions } from './booth-row-actions'

export type BoothTableRow = BoothJson & { company_name: string }

/** The booths table's columns; ids are the API's sort fields where a column sorts. */
export const boothColumns: ColumnDef<BoothTableRow>[] = [
  selectColumn((booth) => booth.title),
  column('title', { label: 'Booth', sortable: true, className: 'min-w-56 max-w-72' }, (booth) => (
    // Two links stacked: each a 24 px line, the smallest target a finger can be asked to hit (WCAG 2.5.8).
    <div className="flex min-w-0 flex-col">
      <Link href={`/booths/${booth.id}`} className="truncate leading-6 font-medium text-foreground outline-none hover:underline focus-visible:underline">
        {booth.title}
      </Link>
      <Link href={`/companies/${booth.company_id}`} className="truncate text-xs leading-6 text-muted-foreground hover:underline">
        {booth.company_name}
      </Link>
    </div>
  )),
  column('starts_at', { label: 'When', sortable: true, className: 'min-w-44' }, (booth) => (
    <div className="flex flex-col tabular-nums">
      <span className="text-foreground">{formatBoothDate(booth.date)}</span>
      <span className="text-xs text-muted-foreground">
        {boothTimeRange(booth)} · {booth.timezone.replaceAll('_', ' ')}
      </span>
    </div>
  )),
  column('location', { label: 'Location', className: 'min-w-28' }, (booth) => <span className="line-clamp-2 text-muted-foreground">{booth.location}</span>),
  column('status', { label: 'Status' }, (booth) => (
    <div className="flex flex-col items-start gap-1">
      <BoothStatusBadge status={booth.status} />
      {booth.status === 'rejected' && booth.reason && (
        <span className="line-clamp-1 max-w-48 text-xs text-muted-foreground" title={booth.reason}>
          {booth.reason}
        </span>
      )}
    </div>
  )),
  column('files', { label: 'Files' }, (booth) => {
    const files = [
      { url: booth.image_url, label: 'Image', icon: ImageIcon },
      { url: booth.pdf_url, label: 'PDF brochure', icon: FileText },
      { url: booth.docx_url, label: 'Word brochure', icon: FileType },
    ].filter((file): file is { url: string; label: string; icon: typeof FileText } => Boolean(file.url))
    if (files.length === 0) return <span className="text-muted-foreground">—</span>
    // Icons only: three labelled chips made the table scroll sideways on a laptop.
    return (
      <div className="flex gap-1">
        {files.map(({ url, label, icon: Icon }) => (
          <a
            key={label}
            href={url}
            target="_blank"
            rel="noreferrer"
            aria-label={`${label} of ${booth.title}`}
            title={label}
            className="grid size-7 place-items-center rounded-md border text-muted-foreground hover:bg-accent hover:text-foreground"
          >
            <Icon aria-hidden className="size-3.5" />
          </a>
        ))}
      </div>
    )
  }),
  column('created_at', { label: 'Submitted', sortable: true }, (booth) => (
    <span className="whitespace-nowrap text-muted-foreground tabular-nums">{formatBoothDate(booth.created_at.slice(0, 10), 'short')}</span>
  )),
  actionsColumn((booth) => <BoothRowActions booth={booth} />),
]
