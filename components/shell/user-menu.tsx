'use client'

import Link from 'next/link'
import { LogOut, UserRound } from 'lucide-react'
import { signOut } from 'next-auth/react'
import { useTranslations } from 'next-intl'

import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import { UserAvatar } from '@/components/ui/user-avatar'
import type { DashboardUser } from '@/lib/auth/dashboard-session'

export function UserMenu({ user, imageUrl }: { user: DashboardUser; imageUrl: string | null }) {
  const t = useTranslations('shell')
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className="rounded-full transition-shadow outline-none hover:ring-2 hover:ring-border focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background">
        <UserAvatar name={user.name} email={user.email} imageUrl={imageUrl} />
        <span className="sr-only">{t('userMenu.label')}</span>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuLabel className="flex flex-col gap-0.5 font-normal">
          <span className="truncate text-sm font-medium text-foreground">{user.name ?? user.email}</span>
          <span className="truncate">{user.email}</span>
          <span className="mt-1 text-[11px] tracking-wide text-primary uppercase">{t(`roles.${user.role}`)}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/profile">
            <UserRound aria-hidden />
            {t('userMenu.profile')}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void signOut({ callbackUrl: '/sign-in' })}>
          <LogOut aria-hidden className="rtl:-scale-x-100" />
          {t('userMenu.signOut')}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
