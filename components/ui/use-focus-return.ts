'use client'

import { useCallback, useEffect, useRef, type Ref } from 'react'

/**
 * Where focus belongs when a dialog closes: the control that opened it. A dialog opened from a menu
 * item would return focus to that item, which has unmounted with its menu by then (focus falls to
 * <body>); such a dialog returns to the menu's trigger instead (a Radix menu names its trigger in
 * aria-labelledby; a submenu's trigger leads on to its own menu's).
 */
function returnTarget(element: EventTarget | null): HTMLElement | null {
  let target = element instanceof HTMLElement && element !== document.body ? element : null
  for (let menu = target?.closest('[role="menu"]'); target && menu; menu = target?.closest('[role="menu"]')) {
    const triggerId = menu.getAttribute('aria-labelledby')
    target = triggerId ? document.getElementById(triggerId) : null
  }
  return target
}

// The last few places focus has been, most recent last, menus resolved to their triggers. A field
// with React's autoFocus takes focus before Radix's focus scope mounts; Radix then skips its open
// handler and would return focus to that field, gone by then. The opener is the latest of these
// outside the dialog.
// Each focus move records where focus came from too (relatedTarget): a control focused before this
// listener was installed (before hydration) is still known once focus leaves it.
const recentFocus: HTMLElement[] = []
function remember(element: EventTarget | null) {
  const target = returnTarget(element)
  if (!target) return
  const seen = recentFocus.indexOf(target)
  if (seen >= 0) recentFocus.splice(seen, 1)
  recentFocus.push(target)
  if (recentFocus.length > 8) recentFocus.shift()
}
let tracking = false
function trackFocus() {
  if (tracking) return
  tracking = true
  remember(document.activeElement)
  document.addEventListener(
    'focusin',
    (event) => {
      remember(event.relatedTarget)
      remember(event.target)
    },
    true,
  )
}

function latestOutside(dialog: Node | null): HTMLElement | null {
  return recentFocus.findLast((element) => element.isConnected && !dialog?.contains(element)) ?? null
}

/** The page's main region (app/(dashboard)/layout.tsx), where focus goes when its opener is gone. */
const mainRegion = () => document.getElementById('main-content')

/**
 * If `target` leaves the page while it still has focus (its row was deleted by the dialog's action),
 * focus goes to the main region rather than <body>; watched for a few seconds after the close.
 */
function keepFocusInPage(target: HTMLElement) {
  const observer = new MutationObserver(() => {
    if (target.isConnected) return
    observer.disconnect()
    if (document.activeElement === document.body || document.activeElement === null) mainRegion()?.focus({ preventScroll: true })
  })
  observer.observe(document.body, { childList: true, subtree: true })
  setTimeout(() => observer.disconnect(), 10_000)
}

type AutoFocusHandler = (event: Event) => void

/** Hands `node` on to the ref the dialog's user passed, whichever kind it is. */
function assignRef<T>(ref: Ref<T> | undefined, node: T | null) {
  if (typeof ref === 'function') ref(node)
  else if (ref) ref.current = node
}

/**
 * A Radix dialog content's ref and close handler: the opener is remembered as the dialog mounts
 * (before anything the page does while it is open can move focus), and focused again when the
 * dialog closes (Escape, Cancel, submit).
 */
export function useFocusReturn<T extends HTMLElement>(own: { ref?: Ref<T>; onCloseAutoFocus?: AutoFocusHandler }) {
  const returnTo = useRef<HTMLElement | null>(null)
  useEffect(trackFocus, [])
  const { ref: ownRef } = own
  const ref = useCallback(
    (node: T | null) => {
      if (node) {
        const active = returnTarget(document.activeElement)
        returnTo.current = active && !node.contains(active) ? active : latestOutside(node)
      }
      assignRef(ownRef, node)
    },
    [ownRef],
  )
  return {
    ref,
    onCloseAutoFocus: (event: Event) => {
      own.onCloseAutoFocus?.(event)
      if (event.defaultPrevented) return
      const opener = returnTo.current ?? latestOutside(event.target instanceof Node ? event.target : null)
      const target = opener?.isConnected ? opener : mainRegion()
      returnTo.current = null
      if (!target) return
      event.preventDefault()
      target.focus({ preventScroll: true })
      keepFocusInPage(target)
    },
  }
}
