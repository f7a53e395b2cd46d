import * as React from 'react'
import { ChevronDown } from 'lucide-react'

import { cn } from '@/lib/utils/cn'

/**
 * The platform's own select, styled like our inputs: long lists (time zones, companies) get type-to-find
 * and the phone's native picker for free.
 */
export function NativeSelect({ className, children, ...props }: React.ComponentProps<'select'>) {
  return (
    <div className="relative">
      <select
        className={cn(
          'flex h-9 w-full appearance-none rounded-md border border-input bg-transparent py-1 ps-3 pe-8 text-sm shadow-xs transition-colors outline-none focus-visible:border-ring focus-visible:ring-3 focus-visible:ring-ring/25 disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive dark:[color-scheme:dark]',
          className,
        )}
        {...props}
      >
        {children}
      </select>
      <ChevronDown aria-hidden className="pointer-events-none absolute end-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
    </div>
  )
}
