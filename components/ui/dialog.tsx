'use client'

import * as React from 'react'
import { Dialog as Primitive } from 'radix-ui'
import { X } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { cn } from '@/lib/utils/cn'
import { useFocusReturn } from './use-focus-return'

export const Dialog = Primitive.Root
export const DialogTrigger = Primitive.Trigger
export const DialogClose = Primitive.Close

/**
 * A centred modal that can be dismissed (Escape, outside click, ×); focus is trapped inside, and
 * returns to the control that opened it when it closes.
 */
export function DialogContent({ className, children, ref, onCloseAutoFocus, ...props }: React.ComponentProps<typeof Primitive.Content>) {
  const focusReturn = useFocusReturn({ ref, onCloseAutoFocus })
  const t = useTranslations('common.actions')
  return (
    <Primitive.Portal>
      <Primitive.Overlay className="fixed inset-0 z-50 bg-black/50 backdrop-blur-[2px] data-[state=closed]:animate-fade-out data-[state=open]:animate-fade-in" />
      <Primitive.Content
        className={cn(
          'fixed top-1/2 left-1/2 z-50 flex w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 flex-col gap-4 rounded-lg border bg-popover p-6 text-popover-foreground shadow-xl outline-none data-[state=open]:animate-menu-in',
          className,
        )}
        {...props}
        {...focusReturn}
      >
        {children}
        <Primitive.Close
          className="absolute end-3 top-3 inline-flex size-8 items-center justify-center rounded-md text-muted-foreground transition-colors outline-none hover:bg-accent hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
          aria-label={t('close')}
        >
          <X className="size-4" aria-hidden />
        </Primitive.Close>
      </Primitive.Content>
    </Primitive.Portal>
  )
}

export function DialogTitle({ className, ...props }: React.ComponentProps<typeof Primitive.Title>) {
  return <Primitive.Title className={cn('text-base font-semibold', className)} {...props} />
}

export function DialogDescription({ className, ...props }: React.ComponentProps<typeof Primitive.Description>) {
  return <Primitive.Description className={cn('text-sm text-muted-foreground', className)} {...props} />
}

export function DialogFooter({ className, ...props }: React.ComponentProps<'div'>) {
  return <div className={cn('mt-2 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end', className)} {...props} />
}
