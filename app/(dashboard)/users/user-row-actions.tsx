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

const ROLES = ['user', 'staff', 'admin'] as const

/** An address inside a sentence: emphasised, and left to right in a right-to-left one. */
function Email({ address }: { address: string }) {
  return (
    <span dir="ltr" className="font-medium text-foreground">
      {address}
    </span>
  )
}

/**
 * The ⋯ menu of one user row. Your own row offers nothing that would lock you out. Activation and
 * role changes happen at once with Undo in the toast (the inverse action, under the same rules);
 * making someone an administrator asks first, naming them and what they could then do, because
 * the new admin could act before an Undo. Deleting an account moves it to the trash at once, with
 * Undo in the toast (restorable from the Trash page for 30 days); your own cannot be deleted here.
 */
export function UserRowActions({ user, isSelf }: { user: UserJson; isSelf: boolean }) {
  const t = useTranslations('users')
  const accounts = useTranslations('accounts')
  const [changing, runUndoable] = useUndoableAction()
  const [confirmAdmin, setConfirmAdmin] = useState(false)
  const [showSignIns, setShowSignIns] = useState(false)
  const who = user.name ?? user.email
  const email = () => <Email address={user.email} />
  const adminDescription = t.rich('adminConfirm.description', { email })
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
    ? { label: t('menu.deactivate'), icon: Ban, disabled: isSelf, onSelect: () => setActive(false) }
    : { label: t('menu.activate'), icon: CircleCheck, onSelect: () => setActive(true) }
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
          { label: t('menu.signIns'), icon: MonitorSmartphone, onSelect: () => setShowSignIns(true) },
          activation,
          {
            label: accounts('row.delete'),
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
          {t('menu.role')}
        </DropdownMenuLabel>
        {/* Inline rather than a submenu: one keyboard level, and the current role is visible at once. */}
        <DropdownMenuRadioGroup value={user.role} onValueChange={onRoleChosen}>
          {ROLES.map((role) => (
            <DropdownMenuRadioItem key={role} value={role} disabled={isSelf}>
              {t(`role.${role}`)}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </RowActionsMenu>
      <UserSignInsDialog user={user} open={showSignIns} onOpenChange={setShowSignIns} />
      <ConfirmDialog
        open={confirmAdmin}
        onOpenChange={setConfirmAdmin}
        title={t('adminConfirm.title', { who })}
        description={adminDescription}
        confirmLabel={t('adminConfirm.confirm')}
        onConfirm={() => changeRole('admin')}
      />
    </>
  )
}
