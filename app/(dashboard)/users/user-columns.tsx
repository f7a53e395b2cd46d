'use client'

import type { ColumnDef } from '@tanstack/react-table'
import { BadgeCheck, CircleDashed } from 'lucide-react'

import { actionsColumn, column, createdColumn, selectColumn } from '@/components/data-table/common-columns'
import { Badge } from '@/components/ui/badge'
import { UserAvatar } from '@/components/ui/user-avatar'
import type { UserJson } from '@/lib/schemas/users'
import { cn } from '@/lib/utils/cn'
import { ROLE_LABELS, UserRowActions } from './user-row-actions'

const roleTone = { user: 'neutral', staff: 'primary', admin: 'warning' } as const

/** The users table's columns; ids are the API's sort fields where a column sorts. */
export function userColumns(currentUserId: string): ColumnDef<UserJson>[] {
  return [
    selectColumn((user) => user.email),
    column('name', { label: 'Name', sortable: true, className: 'min-w-52' }, (user) => (
      <div className="flex min-w-0 items-center gap-3">
        <UserAvatar name={user.name} email={user.email} imageUrl={user.image_url} />
        <span className="truncate font-medium text-foreground">{user.name ?? '—'}</span>
        {user.id === currentUserId && <Badge tone="primary">You</Badge>}
      </div>
    )),
    column('email', { label: 'Email', sortable: true }, (user) => <span className="text-muted-foreground">{user.email}</span>),
    column('role', { label: 'Role', sortable: true }, (user) => <Badge tone={roleTone[user.role]}>{ROLE_LABELS[user.role]}</Badge>),
    column('verified', { label: 'Verified' }, (user) =>
      user.email_verified ? (
        <span className="inline-flex items-center gap-1.5 text-xs text-emerald-700 dark:text-emerald-400">
          <BadgeCheck aria-hidden className="size-3.5" />
          Verified
        </span>
      ) : (
        <span className="inline-flex items-center gap-1.5 text-xs text-muted-foreground">
          <CircleDashed aria-hidden className="size-3.5" />
          Unverified
        </span>
      ),
    ),
    column('active', { label: 'Status' }, (user) => (
      <span className="inline-flex items-center gap-2 text-xs">
        <span aria-hidden className={cn('size-2 rounded-full', user.is_active ? 'bg-emerald-500' : 'bg-zinc-400')} />
        {user.is_active ? 'Active' : 'Deactivated'}
      </span>
    )),
    createdColumn(),
    actionsColumn((user) => <UserRowActions user={user} isSelf={user.id === currentUserId} />),
  ]
}
