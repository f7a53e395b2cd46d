import type { ReactNode } from 'react'
import { CircleAlert, CircleCheck } from 'lucide-react'

import { cn } from '@/lib/utils/cn'

/** An inline message above a form: what went wrong, or what just happened. */
export function Alert({ tone = 'error', children, className }: { tone?: 'error' | 'success'; children: ReactNode; className?: string }) {
  const Icon = tone === 'error' ? CircleAlert : CircleCheck
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={cn(
        'flex items-start gap-2.5 rounded-md border px-3 py-2.5 text-sm',
        tone === 'error'
          ? 'border-destructive/30 bg-destructive/8 text-destructive'
          : 'border-emerald-600/25 bg-emerald-500/8 text-emerald-700 dark:text-emerald-400',
        className,
      )}
    >
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0">{children}</div>
    </div>
  )
}
