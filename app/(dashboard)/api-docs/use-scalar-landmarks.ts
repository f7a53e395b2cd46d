'use client'

import { useEffect, useRef, type RefObject } from 'react'

/**
 * Corrections to the markup Scalar (a Vue app) renders inside our page, which its configuration
 * cannot make; re-applied whenever Scalar re-renders a part of its tree:
 * - its <main> sits inside the dashboard's <main>: a page has one main landmark, so Scalar's becomes
 *   a region (it keeps its label, "API documentation for …");
 * - its toaster's region is labelled "Notifications alt+T", as is the dashboard's: a second
 *   landmark with the same name, renamed to say whose it is;
 * - the contact's web link is an icon alone when the contact also has an email (the name is shown
 *   on the email link only): it is named after the address it leads to.
 */
export function useScalarLandmarks(container: RefObject<HTMLElement | null>, labels: { notifications: string; contact: (url: string) => string }) {
  // The latest words, read by each pass without re-subscribing the observer.
  const words = useRef(labels)
  useEffect(() => {
    words.current = labels
  })
  useEffect(() => {
    const root = container.current
    if (!root) return
    const fix = () => {
      for (const main of root.querySelectorAll('main:not([role])')) main.setAttribute('role', 'region')
      for (const toaster of root.querySelectorAll('section[aria-label^="Notifications"]')) toaster.setAttribute('aria-label', words.current.notifications)
      for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href][target="_blank"]:not([aria-label])'))
        if (!link.textContent?.trim()) link.setAttribute('aria-label', words.current.contact(link.href))
    }
    // Scalar lays out a long document in many small steps: one pass per frame, not per mutation.
    let frame = 0
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), fix()))
    }
    fix()
    const observer = new MutationObserver(schedule)
    observer.observe(root, { childList: true, subtree: true })
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [container])
}
