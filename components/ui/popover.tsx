'use client'

import * as React from 'react'
import { Popover as Primitive } from 'radix-ui'

import { cn } from '@/lib/utils/cn'

export const Popover = Primitive.Root
export const PopoverTrigger = Primitive.Trigger

/** A non-modal panel anchored to its trigger (for small forms such as a date range). */
export function PopoverContent({ className, sideOffset = 6, align = 'start', ...props }: React.ComponentProps<typeof Primitive.Content>) {
  return (
    <Primitive.Portal>
      <Primitive.Content
        sideOffset={sideOffset}
        align={align}
        className={cn('z-50 rounded-lg border bg-popover p-3 text-popover-foreground shadow-lg outline-none data-[state=open]:animate-menu-in', className)}
        {...props}
      />
    </Primitive.Portal>
  )
}
