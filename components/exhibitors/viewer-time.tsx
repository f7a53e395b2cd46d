'use client'

import { useSyncExternalStore } from 'react'
import { useFormatter, useTranslations } from 'next-intl'

import { zoneLabel } from './booth-schedule'

const noop = () => () => {}
const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone
const serverZone = () => null

/** The browser's IANA zone; null while rendering on the server (which cannot know it). */
export const useViewerTimeZone = () => useSyncExternalStore(noop, viewerZone, serverZone)

/**
 * A booth's start and end on the viewer's own clock, with the viewer's zone named. Rendered only in
 * the browser: the server's zone is not the viewer's, and a mismatch would flash the wrong time.
 */
export function ViewerTimeRange({ startsAt, endsAt }: { startsAt: string; endsAt: string }) {
  const zone = useViewerTimeZone()
  const format = useFormatter()
  const t = useTranslations('booths.detail')
  if (!zone) return <span className="text-muted-foreground">…</span>
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  const day = (at: Date) => format.dateTime(at, 'date', { weekday: 'short', timeZone: zone })
  const time = (at: Date) => format.dateTime(at, 'time', { timeZone: zone })
  return (
    <span>
      {t('dayTime', { day: day(start), start: time(start), end: time(end) })}
      {day(end) !== day(start) && ` ${t('endsOn', { day: day(end) })}`} <span className="text-muted-foreground">· {zoneLabel(zone)}</span>
    </span>
  )
}
