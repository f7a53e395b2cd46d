'use client'

import { toast } from 'sonner'
import type { ActionResult } from '@/lib/auth/dashboard-action'

/** Shows a server action's answer as a toast. */
export function announce(result: ActionResult) {
  if (result.ok) toast.success(result.message)
  else toast.error(result.message)
}
