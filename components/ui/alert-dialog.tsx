'use client'

import * as React from 'react'
import { AlertDialog as Dialog } from 'radix-ui'

import { cn } from '@/lib/utils/cn'
import { buttonVariants } from './button'
import { useFocusReturn } from './use-focus-return'

export const AlertDialog = Dialog.Root
export const AlertDialogTrigger = Dialog.Trigger

/** A confirmation that must be answered: focus is trapped, Escape means "cancel", and focus returns to the opener. */
export function AlertDialogContent({ className, ref, onCloseAutoFocus, ...props }: React.ComponentProps<typeof Dialog.Content>) {
  const focusReturn = useFocusReturn({ ref, onCloseAutoFocus })
  return (
    <Dialog.Portal>
      <Dialog.Overlay className="fixed inset-0 z-50 bg-black/50 backdrop-blur-[2px] data-[state=closed]:animate-fade-out data-[state=open]:animate-fade-in" />
      <Dialog.Content
        className={cn(
          'fixed top-1/2 left-1/2 z-50 flex w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 flex-col gap-4 rounded-lg border bg-popover p-6 text-popover-foreground shadow-xl outline-none data-[state=open]:animate-menu-in',
          className,
        )}
        {...props}
        {...focusReturn}
      />
    </Dialog.Portal>
  )
}

export function AlertDialogTitle({ className, ...props }: React.ComponentProps<typeof Dialog.Title>) {
  return <Dialog.Title className={cn('text-base font-semibold', className)} {...props} />
}

export function AlertDialogDescription({ className, ...props }: React.ComponentProps<typeof Dialog.Description>) {
  return <Dialog.Description className={cn('text-sm text-muted-foreground', className)} {...props} />
}

export function AlertDialogFooter({ className, ...props }: React.ComponentProps<'div'>) {
  return <div className={cn('mt-2 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end', className)} {...props} />
}

export function AlertDialogCancel({ className, ...props }: React.ComponentProps<typeof Dialog.Cancel>) {
  return <Dialog.Cancel className={cn(buttonVariants({ variant: 'outline' }), className)} {...props} />
}

export function AlertDialogAction({ className, ...props }: React.ComponentProps<typeof Dialog.Action>) {
  return <Dialog.Action className={cn(buttonVariants({ variant: 'destructive' }), className)} {...props} />
}
