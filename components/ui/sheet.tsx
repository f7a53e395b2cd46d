'use client'

import * as React from 'react'
import { Dialog } from 'radix-ui'
import { X } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { cn } from '@/lib/utils/cn'

export const Sheet = Dialog.Root
export const SheetTrigger = Dialog.Trigger
export const SheetClose = Dialog.Close

export function SheetTitle({ className, ...props }: React.ComponentProps<typeof Dialog.Title>) {
  return <Dialog.Title className={cn('text-sm font-semibold', className)} {...props} />
}

/** A panel that slides in from the start edge (the right in Arabic); used for navigation on narrow screens. */
export function SheetContent({ className, children, closeLabel, ...props }: React.ComponentProps<typeof Dialog.Content> & { closeLabel?: string }) {
  const t = useTranslations('common.actions')
  return (
    <Dialog.Portal>
      <Dialog.Overlay className="fixed inset-0 z-40 bg-black/50 backdrop-blur-[2px] data-[state=closed]:animate-fade-out data-[state=open]:animate-fade-in" />
      <Dialog.Content
        className={cn(
          'fixed inset-y-0 start-0 z-50 flex h-full w-72 max-w-[85vw] flex-col border-e bg-sidebar text-sidebar-foreground shadow-xl outline-none data-[state=closed]:animate-slide-out-left data-[state=open]:animate-slide-in-left rtl:data-[state=closed]:animate-slide-out-right rtl:data-[state=open]:animate-slide-in-right',
          className,
        )}
        {...props}
      >
        {children}
        <Dialog.Close
          className="absolute end-3 top-3 inline-flex size-8 items-center justify-center rounded-md text-muted-foreground transition-colors outline-none hover:bg-accent hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
          aria-label={closeLabel ?? t('close')}
        >
          <X className="size-4" aria-hidden />
        </Dialog.Close>
      </Dialog.Content>
    </Dialog.Portal>
  )
}
