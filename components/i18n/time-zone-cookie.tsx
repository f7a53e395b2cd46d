'use client'

import { useEffect } from 'react'
import { useRouter } from 'next/navigation'
import { useTimeZone } from 'next-intl'
import { TIME_ZONE_COOKIE } from '@/lib/i18n/locales'

const stored = () =>
  document.cookie
    .split('; ')
    .find((pair) => pair.startsWith(`${TIME_ZONE_COOKIE}=`))
    ?.slice(TIME_ZONE_COOKIE.length + 1)

/**
 * Tells the server this browser's time zone, so pages render times as the viewer's clock shows
 * them. The first page a browser opens renders in UTC and is redrawn once if that was not its zone;
 * the cookie is written only when it changes, so a zone the server spells differently cannot loop.
 */
export function TimeZoneCookie() {
  const router = useRouter()
  const rendered = useTimeZone()
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
    if (!zone || stored() === zone) return
    // IANA names (Europe/Berlin, America/Argentina/Buenos_Aires) need no escaping in a cookie.
    document.cookie = `${TIME_ZONE_COOKIE}=${zone}; path=/; max-age=31536000; samesite=lax`
    if (zone !== rendered) router.refresh()
  }, [rendered, router])
  return null
}
