'use client'

import { useMemo } from 'react'
import Link from 'next/link'
import { useFormatter, useTranslations } from 'next-intl'
import type { ColumnDef } from '@tanstack/react-table'
import { FileText, FileType, Image as ImageIcon } from 'lucide-react'

import { actionsColumn, column, selectColumn } from '@/components/data-table/common-columns'
import { boothTimeRange, formatBoothDate, zoneLabel, type Format } from '@/components/exhibitors/booth-schedule'
import { BoothStatusBadge } from '@/components/exhibitors/booth-status-badge'
import type { BoothJson } from '@/lib/schemas/booths'
import { BoothRowActions } from './booth-row-actions'

export type BoothTableRow = BoothJson & { company_name: string }

/** The day a booth was submitted (its UTC date), short. */
const submittedOn = (format: Format, booth: BoothTableRow) => formatBoothDate(format, booth.created_at.slice(0, 10), 'short')

/** The booths table's columns, in the viewer's language; ids are the API's sort fields where a column sorts. */
export function useBoothColumns(): ColumnDef<BoothTableRow>[] {
  const t = useTranslations('booths')
  const format = useFormatter()
  return useMemo(
    () => [
      selectColumn((booth) => booth.title),
      column('title', { label: t('columns.booth'), sortable: true, className: 'min-w-56 max-w-72' }, (booth) => (
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
      column('starts_at', { label: t('columns.when'), sortable: true, className: 'min-w-44' }, (booth) => (
        <div className="flex flex-col tabular-nums">
          <span className="text-foreground">{formatBoothDate(format, booth.date)}</span>
          <span className="text-xs text-muted-foreground">
            {boothTimeRange(format, booth)} · {zoneLabel(booth.timezone)}
          </span>
        </div>
      )),
      column('location', { label: t('columns.location'), className: 'min-w-28' }, (booth) => (
        <span className="line-clamp-2 text-muted-foreground">{booth.location}</span>
      )),
      column('status', { label: t('columns.status') }, (booth) => (
        <div className="flex flex-col items-start gap-1">
          <BoothStatusBadge status={booth.status} />
          {booth.status === 'rejected' && booth.reason && (
            <span className="line-clamp-1 max-w-48 text-xs text-muted-foreground" title={booth.reason}>
              <bdi>{booth.reason}</bdi>
            </span>
          )}
        </div>
      )),
      column('files', { label: t('columns.files') }, (booth) => {
        const files = [
          { url: booth.image_url, label: t('files.image'), icon: ImageIcon },
          { url: booth.pdf_url, label: t('files.pdf'), icon: FileText },
          { url: booth.docx_url, label: t('files.docx'), icon: FileType },
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
                aria-label={t('columns.fileOf', { file: label, title: booth.title })}
                title={label}
                className="grid size-7 place-items-center rounded-md border text-muted-foreground hover:bg-accent hover:text-foreground"
              >
                <Icon aria-hidden className="size-3.5" />
              </a>
            ))}
          </div>
        )
      }),
      column('created_at', { label: t('columns.submitted'), sortable: true }, (booth) => (
        <span className="whitespace-nowrap text-muted-foreground tabular-nums">{submittedOn(format, booth)}</span>
      )),
      actionsColumn((booth) => <BoothRowActions booth={booth} />),
    ],
    [t, format],
  )
}
