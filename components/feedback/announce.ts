'use client'

import { useTransition } from 'react'
import { toast } from 'sonner'
import type { ActionResult } from '@/lib/auth/dashboard-action'

/** Shows a server action's answer as a toast. */
export function announce(result: ActionResult) {
  if (result.ok) toast.success(result.message)
  else toast.error(result.message)
}

/** Runs server actions in a transition and announces each answer: `[pending, run]`. */
export function useAnnouncedAction(): [boolean, (action: () => Promise<ActionResult>) => void] {
  const [pending, startTransition] = useTransition()
  return [pending, (action) => startTransition(async () => announce(await action()))]
}
