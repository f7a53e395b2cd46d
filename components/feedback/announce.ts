'use client'

import { useTransition } from 'react'
import { toast } from 'sonner'
import type { ActionResult } from '@/lib/auth/dashboard-action'
import { localeOr } from '@/lib/i18n/locales'
import ar from '@/messages/ar/common.json'
import en from '@/messages/en/common.json'

/** "Undo" in the page's language (a toast is raised outside React, so it reads <html lang>). */
const undoLabel = () => ({ en, ar })[localeOr(typeof document === 'undefined' ? null : document.documentElement.lang)].actions.undo

/** How long a done-at-once action can be taken back from its toast (react-admin's undoable mode). */
export const UNDO_MS = 10_000

/** Shows a server action's answer as a toast. */
export function announce(result: ActionResult) {
  if (result.ok) toast.success(result.message)
  else toast.error(result.message)
}

/**
 * Shows an answer whose action can be taken back: on success the toast offers Undo for UNDO_MS,
 * which runs `undo` (another guarded server action, so its own rules apply and a refusal says why)
 * and announces its answer in turn.
 */
export function announceUndoable(result: ActionResult, undo: () => Promise<ActionResult>, afterUndo?: () => void) {
  if (!result.ok) {
    toast.error(result.message)
    return
  }
  toast.success(result.message, {
    duration: UNDO_MS,
    action: {
      label: undoLabel(),
      onClick: () => {
        void undo().then((undone) => {
          announce(undone)
          if (undone.ok) afterUndo?.()
        })
      },
    },
  })
}

/** Runs server actions in a transition and announces each answer: `[pending, run]`. */
export function useAnnouncedAction(): [boolean, (action: () => Promise<ActionResult>) => void] {
  const [pending, startTransition] = useTransition()
  return [pending, (action) => startTransition(async () => announce(await action()))]
}

/** As useAnnouncedAction, for actions that can be undone: `run(action, undo)`. */
export function useUndoableAction(): [boolean, (action: () => Promise<ActionResult>, undo: () => Promise<ActionResult>, afterUndo?: () => void) => void] {
  const [pending, startTransition] = useTransition()
  return [pending, (action, undo, afterUndo) => startTransition(async () => announceUndoable(await action(), undo, afterUndo))]
}
