'use client'

import Link from 'next/link'
import { Check, FileText, FileType, History, ImageOff, TriangleAlert, X } from 'lucide-react'
import { useFormatter, useTranslations } from 'next-intl'

import { boothTimeRange, formatBoothDate, zoneLabel } from '@/components/exhibitors/booth-schedule'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import type { ReviewQueueItem } from '@/lib/services/booths/review-queue'
import { cn } from '@/lib/utils/cn'
import { ChangedSince } from './changed-since'

/** One pending booth: a focusable row that answers the queue's keys (handled by the queue). */
export function ReviewRow({
  item,
  selected,
  busy,
  onSelect,
  onAccept,
  onReject,
  onKeyDown,
  rowRef,
}: {
  item: ReviewQueueItem
  selected: boolean
  busy: boolean
  onSelect: (selected: boolean) => void
  onAccept: () => void
  onReject: () => void
  onKeyDown: (event: React.KeyboardEvent<HTMLLIElement>) => void
  rowRef: (element: HTMLLIElement | null) => void
}) {
  const t = useTranslations('review.row')
  // The viewer's zone and clock, the same on the server and in the browser (the zone comes from a cookie).
  const format = useFormatter()
  const submittedAt = format.dateTime(new Date(item.created_at), 'recent')
  const changed = item.accepted_snapshot && item.changed_fields.length > 0
  return (
    <li
      ref={rowRef}
      tabIndex={0}
      aria-label={t('label', { title: item.title, company: item.company_name })}
      aria-busy={busy}
      onKeyDown={onKeyDown}
      className={cn(
        'group flex flex-col gap-3 px-4 py-3.5 outline-none transition-colors focus-visible:bg-accent/60 focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset sm:flex-row sm:items-start',
        selected && 'bg-primary/5',
        busy && 'pointer-events-none opacity-50',
      )}
    >
      <div className="flex min-w-0 flex-1 items-start gap-3">
        <Checkbox className="mt-1" aria-label={t('select', { title: item.title })} checked={selected} onCheckedChange={(value) => onSelect(value === true)} />
        {/* What the reviewer judges, without opening the booth: its image, its text and its files. */}
        {item.image_url ? (
          <a href={item.image_url} target="_blank" rel="noreferrer" tabIndex={-1} className="shrink-0" aria-label={t('imageOf', { title: item.title })}>
            {/* eslint-disable-next-line @next/next/no-img-element -- our media route or ImageKit: nothing for Next's optimizer. */}
            <img src={item.image_url} alt="" loading="lazy" className="size-16 rounded-md border bg-muted object-cover" />
          </a>
        ) : (
          <span aria-hidden title={t('noImage')} className="grid size-16 shrink-0 place-items-center rounded-md border border-dashed text-muted-foreground">
            <ImageOff className="size-5" />
          </span>
        )}
        <div className="flex min-w-0 flex-1 flex-col gap-1.5">
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`/booths/${item.id}`} className="font-medium text-foreground hover:underline">
              {item.title}
            </Link>
            <span className="text-sm text-muted-foreground">{item.company_name}</span>
            {changed && (
              <Badge tone="primary">
                <History aria-hidden />
                {t('changed')}
              </Badge>
            )}
            {item.conflicts.length > 0 && (
              <Badge tone="warning" title={item.conflicts.map((c) => c.title).join(', ')}>
                <TriangleAlert aria-hidden />
                {t('overlaps', { count: item.conflicts.length })}
              </Badge>
            )}
          </div>
          <p className="text-sm text-muted-foreground tabular-nums">
            {formatBoothDate(format, item.date)} · {boothTimeRange(format, item)} {zoneLabel(item.timezone)} · <bdi>{item.location}</bdi>
          </p>
          {item.description ? (
            <p className="line-clamp-3 text-sm whitespace-pre-line text-foreground/90">
              <bdi>{item.description}</bdi>
            </p>
          ) : null}
          {item.pdf_url || item.docx_url ? (
            <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
              {item.pdf_url ? (
                <a href={item.pdf_url} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 font-medium text-primary hover:underline">
                  <FileText aria-hidden className="size-3.5" />
                  {t('pdf')}
                </a>
              ) : null}
              {item.docx_url ? (
                <a href={item.docx_url} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 font-medium text-primary hover:underline">
                  <FileType aria-hidden className="size-3.5" />
                  {t('docx')}
                </a>
              ) : null}
            </p>
          ) : null}
          {item.conflicts.length > 0 && (
            <p className="text-xs text-amber-700 dark:text-amber-400">
              {t('sameTime')}{' '}
              {item.conflicts.map((conflict, index) => (
                <span key={conflict.booth_id}>
                  {index > 0 && ', '}
                  <Link href={`/booths/${conflict.booth_id}`} className="underline-offset-2 hover:underline">
                    {conflict.title}
                  </Link>
                </span>
              ))}
            </p>
          )}
          {changed && item.accepted_snapshot && (
            <div className="mt-1 rounded-md border border-primary/20 bg-primary/5 px-3 py-2">
              <ChangedSince snapshot={item.accepted_snapshot} current={item} fields={item.changed_fields} />
            </div>
          )}
        </div>
      </div>
      <div className="flex shrink-0 items-center gap-2 ps-7 sm:ps-0">
        <span className="me-1 hidden text-xs text-muted-foreground tabular-nums lg:inline">{submittedAt}</span>
        <Button size="sm" onClick={onAccept} aria-label={t('acceptLabel', { title: item.title })}>
          <Check aria-hidden />
          {t('accept')}
          <kbd className="ms-0.5 hidden rounded bg-primary-foreground/20 px-1 font-mono text-[10px] group-focus-visible:inline">A</kbd>
        </Button>
        <Button size="sm" variant="outline" onClick={onReject} aria-label={t('rejectLabel', { title: item.title })}>
          <X aria-hidden />
          {t('reject')}
          <kbd className="ms-0.5 hidden rounded bg-muted px-1 font-mono text-[10px] group-focus-visible:inline">R</kbd>
        </Button>
      </div>
    </li>
  )
}
