'use client'

import { useState, useTransition } from 'react'
import { Ban, CircleCheck, Ellipsis, ShieldCheck, Trash2 } from 'lucide-react'
import { toast } from 'sonner'

import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import type { ActionResult } from '@/lib/auth/dashboard-action'
import type { UserJson } from '@/lib/schemas/users'
import { assignRoleAction, deleteUserAction, setUserActiveAction } from './actions'

export const ROLE_LABELS = { user: 'User', staff: 'Staff', admin: 'Admin' } as const

export function announce(result: ActionResult) {
  if (result.ok) toast.success(result.message)
  else toast.error(result.message)
}

/** The ⋯ menu of one user row. Your own row offers nothing that would lock you out. */
export function UserRowActions({ user, isSelf }: { user: UserJson; isSelf: boolean }) {
  const [pending, startTransition] = useTransition()
  const [confirmDelete, setConfirmDelete] = useState(false)
  const run = (action: () => Promise<ActionResult>) => startTransition(async () => announce(await action()))
  const who = user.name ?? user.email

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" className="size-8" aria-label={`Actions for ${user.email}`} disabled={pending}>
            <Ellipsis aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-48">
          <DropdownMenuLabel className="truncate">{who}</DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuLabel className="flex items-center gap-1.5">
            <ShieldCheck aria-hidden className="size-3.5" />
            Role
          </DropdownMenuLabel>
          {/* Inline rather than a submenu: one keyboard level, and the current role is visible at once. */}
          <DropdownMenuRadioGroup value={user.role} onValueChange={(role) => run(() => assignRoleAction(user.id, role))}>
            {(['user', 'staff', 'admin'] as const).map((role) => (
              <DropdownMenuRadioItem key={role} value={role} disabled={isSelf}>
                {ROLE_LABELS[role]}
              </DropdownMenuRadioItem>
            ))}
          </DropdownMenuRadioGroup>
          <DropdownMenuSeparator />
          {user.is_active ? (
            <DropdownMenuItem disabled={isSelf} onSelect={() => run(() => setUserActiveAction(user.id, false))}>
              <Ban aria-hidden />
              Deactivate
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem onSelect={() => run(() => setUserActiveAction(user.id, true))}>
              <CircleCheck aria-hidden />
              Activate
            </DropdownMenuItem>
          )}
          <DropdownMenuItem disabled={isSelf} className="text-destructive data-[highlighted]:text-destructive [&_svg]:text-destructive!" onSelect={() => setConfirmDelete(true)}>
            <Trash2 aria-hidden />
            Delete…
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={`Delete ${who}?`}
        description={
          <>
            This permanently deletes <span className="font-medium text-foreground">{user.email}</span>, their companies, booths and
            uploaded files. Their chat messages stay, shown as from a deleted user. This cannot be undone.
          </>
        }
        confirmLabel="Delete account"
        onConfirm={() => run(() => deleteUserAction(user.id))}
      />
    </>
  )
}
