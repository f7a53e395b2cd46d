'use client'

import { useSyncExternalStore } from 'react'

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
  if (!zone) return <span className="text-muted-foreground">…</span>
  const day = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: zone })
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone })
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  return (
    <span>
      {day.format(start)}, {time.format(start)}–{time.format(end)}
      {day.format(end) !== day.format(start) && ` (ends ${day.format(end)})`} <span className="text-muted-foreground">· {zone.replaceAll('_', ' ')}</span>
    </span>
  )
}
