import * as React from 'react'
import { cva, type VariantProps } from 'class-variance-authority'

import { cn } from '@/lib/utils/cn'

export const badgeVariants = cva('inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap [&_svg]:size-3', {
  variants: {
    tone: {
      neutral: 'border-border bg-muted/60 text-muted-foreground',
      primary: 'border-primary/20 bg-primary/10 text-primary',
      success: 'border-emerald-600/20 bg-emerald-500/10 text-emerald-700 dark:text-emerald-400',
      warning: 'border-amber-600/25 bg-amber-500/10 text-amber-700 dark:text-amber-400',
      danger: 'border-destructive/25 bg-destructive/10 text-destructive',
    },
  },
  defaultVariants: { tone: 'neutral' },
})

export function Badge({ className, tone, ...props }: React.ComponentProps<'span'> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />
}
