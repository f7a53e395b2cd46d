'use client'

import { useState } from 'react'
import { Ban, CircleCheck, MonitorSmartphone, ShieldCheck, Trash2 } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { RowActionsMenu, type RowAction } from '@/components/data-table/row-actions-menu'
import { useUndoableAction } from '@/components/feedback/announce'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { DropdownMenuLabel, DropdownMenuRadioGroup, DropdownMenuRadioItem } from '@/components/ui/dropdown-menu'
import type { Role } from '@/lib/generated/prisma/enums'
import type { UserJson } from '@/lib/schemas/users'
import { deleteUserAction, restoreUserAction } from './account-trash-actions'
import { assignRoleAction, setUserActiveAction } from './actions'
import { UserSignInsDialog } from './user-sign-ins-dialog'

export const ROLE_LABELS = { user: 'User', staff: 'Staff', admin: 'Admin' } as const

/**
 * The ⋯ menu of one user row. Your own row offers nothing that would lock you out. Activation and
 * role changes happen at once with Undo in the toast (the inverse action, under the same rules);
 * making someone an administrator asks first, naming them and what they could then do, because
 * the new admin could act before an Undo. Deleting an account moves it to the trash at once, with
 * Undo in the toast (restorable from the Trash page for 30 days); your own cannot be deleted here.
 */
export function UserRowActions({ user, isSelf }: { user: UserJson; isSelf: boolean }) {
  const t = useTranslations('accounts')
  const [changing, runUndoable] = useUndoableAction()
  const [confirmAdmin, setConfirmAdmin] = useState(false)
  const [showSignIns, setShowSignIns] = useState(false)
  const who = user.name ?? user.email
  const setActive = (active: boolean) =>
    runUndoable(
      () => setUserActiveAction(user.id, active),
      () => setUserActiveAction(user.id, !active),
    )
  const changeRole = (role: Role) =>
    runUndoable(
      () => assignRoleAction(user.id, role),
      () => assignRoleAction(user.id, user.role),
    )
  const activation: RowAction = user.is_active
    ? { label: 'Deactivate', icon: Ban, disabled: isSelf, onSelect: () => setActive(false) }
    : { label: 'Activate', icon: CircleCheck, onSelect: () => setActive(true) }
  const onRoleChosen = (role: string) => {
    if (role === user.role) return
    if (role === 'admin') setConfirmAdmin(true)
    else if (role === 'user' || role === 'staff') changeRole(role)
  }

  return (
    <>
      <RowActionsMenu
        name={user.email}
        heading={who}
        pending={changing}
        className="w-48"
        actions={[
          { label: 'Sign-ins…', icon: MonitorSmartphone, onSelect: () => setShowSignIns(true) },
          activation,
          {
            label: t('row.delete'),
            icon: Trash2,
            destructive: true,
            disabled: isSelf,
            onSelect: () =>
              runUndoable(
                () => deleteUserAction(user.id),
                () => restoreUserAction(user.id),
              ),
          },
        ]}
      >
        <DropdownMenuLabel className="flex items-center gap-1.5">
          <ShieldCheck aria-hidden className="size-3.5" />
          Role
        </DropdownMenuLabel>
        {/* Inline rather than a submenu: one keyboard level, and the current role is visible at once. */}
        <DropdownMenuRadioGroup value={user.role} onValueChange={onRoleChosen}>
          {(['user', 'staff', 'admin'] as const).map((role) => (
            <DropdownMenuRadioItem key={role} value={role} disabled={isSelf}>
              {ROLE_LABELS[role]}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </RowActionsMenu>
      <UserSignInsDialog user={user} open={showSignIns} onOpenChange={setShowSignIns} />
      <ConfirmDialog
        open={confirmAdmin}
        onOpenChange={setConfirmAdmin}
        title={`Make ${who} an administrator?`}
        description={
          <>
            <span className="font-medium text-foreground">{user.email}</span> will be able to manage every account (roles, deactivation, deletion, other
            administrators included), see everyone&apos;s email addresses and sign-ins, and change the security settings.
          </>
        }
        confirmLabel="Make administrator"
        onConfirm={() => changeRole('admin')}
      />
    </>
  )
}
