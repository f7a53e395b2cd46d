'use client'

import { useState } from 'react'
import { Ban, CircleCheck, MonitorSmartphone, ShieldCheck } from 'lucide-react'

import { deleteAction, RowActionsMenu, type RowAction } from '@/components/data-table/row-actions-menu'
import { useAnnouncedAction } from '@/components/feedback/announce'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { DropdownMenuLabel, DropdownMenuRadioGroup, DropdownMenuRadioItem } from '@/components/ui/dropdown-menu'
import type { UserJson } from '@/lib/schemas/users'
import { assignRoleAction, deleteUserAction, setUserActiveAction } from './actions'
import { UserSignInsDialog } from './user-sign-ins-dialog'

export const ROLE_LABELS = { user: 'User', staff: 'Staff', admin: 'Admin' } as const

/** The ⋯ menu of one user row. Your own row offers nothing that would lock you out. */
export function UserRowActions({ user, isSelf }: { user: UserJson; isSelf: boolean }) {
  const [pending, run] = useAnnouncedAction()
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [showSignIns, setShowSignIns] = useState(false)
  const who = user.name ?? user.email
  const activation: RowAction = user.is_active
    ? { label: 'Deactivate', icon: Ban, disabled: isSelf, onSelect: () => run(() => setUserActiveAction(user.id, false)) }
    : { label: 'Activate', icon: CircleCheck, onSelect: () => run(() => setUserActiveAction(user.id, true)) }

  return (
    <>
      <RowActionsMenu
        name={user.email}
        heading={who}
        pending={pending}
        className="w-48"
        actions={[
          { label: 'Sign-ins…', icon: MonitorSmartphone, onSelect: () => setShowSignIns(true) },
          activation,
          deleteAction(() => setConfirmDelete(true), isSelf),
        ]}
      >
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
      </RowActionsMenu>
      <UserSignInsDialog user={user} open={showSignIns} onOpenChange={setShowSignIns} />
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={`Delete ${who}?`}
        description={
          <>
            This permanently deletes <span className="font-medium text-foreground">{user.email}</span>, their companies, booths and uploaded files. Their chat
            messages stay, shown as from a deleted user. This cannot be undone.
          </>
        }
        confirmLabel="Delete account"
        onConfirm={() => run(() => deleteUserAction(user.id))}
      />
    </>
  )
}
