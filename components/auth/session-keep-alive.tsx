'use client'

import { useCallback, useEffect, useRef } from 'react'
import { getSession } from 'next-auth/react'
import { usePathname, useRouter } from 'next/navigation'

import { SESSION_UPDATE_AGE_SECONDS } from '@/lib/auth/session-policy'

const ACTIVITY_EVENTS = ['pointerdown', 'keydown'] as const

/**
 * The dashboard's idle clock. Activity (a navigation, a click, a key) refreshes the session at most
 * once per `updateAge`, which re-issues the cookie with a new idle deadline; a page left alone lets
 * it lapse after an hour. If the refresh finds the session over (idle, 24 h, revoked), the user is
 * sent to sign in instead of meeting errors on their next action.
 */
export function SessionKeepAlive() {
  const router = useRouter()
  const pathname = usePathname()
  const lastRefresh = useRef(0)

  const refresh = useCallback(async () => {
    if (Date.now() - lastRefresh.current < SESSION_UPDATE_AGE_SECONDS * 1000) return
    lastRefresh.current = Date.now()
    const session = await getSession({ broadcast: false })
    if (!session) {
      const back = window.location.pathname + window.location.search
      router.replace(`/sign-in?error=SessionEnded&callbackUrl=${encodeURIComponent(back)}`)
    }
  }, [router])

  useEffect(() => {
    void refresh()
  }, [pathname, refresh])

  useEffect(() => {
    const onActivity = () => void refresh()
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, onActivity, { passive: true })
    return () => {
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, onActivity)
    }
  }, [refresh])

  return null
}
