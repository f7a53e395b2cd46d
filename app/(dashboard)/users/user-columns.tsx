'use client'

import type { ColumnDef } from '@tanstack/react-table'
import { BadgeCheck, CircleDashed } from 'lucide-react'
import type { useTranslations } from 'next-intl'

import { actionsColumn, column, createdColumn, selectColumn } from '@/components/data-table/common-columns'
import { Badge } from '@/components/ui/badge'
import { UserAvatar } from '@/components/ui/user-avatar'
import type { UserJson } from '@/lib/schemas/users'
import { cn } from '@/lib/utils/cn'
import { UserRowActions } from './user-row-actions'

const roleTone = { user: 'neutral', staff: 'primary', admin: 'warning' } as const

/** The users table's columns; ids are the API's sort fields where a column sorts. */
export function userColumns(currentUserId: string, t: ReturnType<typeof useTranslations<'users'>>): ColumnDef<UserJson>[] {
  return [
    selectColumn((user) => user.email),
    column('name', { label: t('columns.name'), sortable: true, className: 'min-w-52' }, (user) => (
      <div className="flex min-w-0 items-center gap-3">
        <UserAvatar name={user.name} email={user.email} imageUrl={user.image_url} />
        <span className="truncate font-medium text-foreground">{user.name ?? '—'}</span>
        {user.id === currentUserId && <Badge tone="primary">{t('you')}</Badge>}
      </div>
    )),
    column('email', { label: t('columns.email'), sortable: true }, (user) => (
      <span dir="ltr" className="text-muted-foreground">
        {user.email}
      </span>
    )),
    column('role', { label: t('columns.role'), sortable: true }, (user) => <Badge tone={roleTone[user.role]}>{t(`role.${user.role}`)}</Badge>),
    column('verified', { label: t('columns.verified') }, (user) =>
      user.email_verified ? (
        <span className="inline-flex items-center gap-1.5 text-xs text-emerald-700 dark:text-emerald-400">
          <BadgeCheck aria-hidden className="size-3.5" />
          {t('verified')}
        </span>
      ) : (
        <span className="inline-flex items-center gap-1.5 text-xs text-muted-foreground">
          <CircleDashed aria-hidden className="size-3.5" />
          {t('unverified')}
        </span>
      ),
    ),
    column('active', { label: t('columns.status') }, (user) => (
      <span className="inline-flex items-center gap-2 text-xs">
        <span aria-hidden className={cn('size-2 rounded-full', user.is_active ? 'bg-emerald-500' : 'bg-zinc-400')} />
        {user.is_active ? t('active') : t('deactivated')}
      </span>
    )),
    createdColumn(),
    actionsColumn((user) => <UserRowActions user={user} isSelf={user.id === currentUserId} />),
  ]
}
