'use client'

import Link from 'next/link'
import { LogOut, UserRound } from 'lucide-react'
import { signOut } from 'next-auth/react'

import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import type { DashboardUser } from '@/lib/auth/dashboard-session'

/** Two letters for the avatar: from the name's words, else the email. */
function initials(user: DashboardUser): string {
  const words = (user.name ?? '').trim().split(/\s+/).filter(Boolean)
  if (words.length >= 2) return (words[0]![0]! + words.at(-1)![0]!).toUpperCase()
  return (words[0] ?? user.email).slice(0, 2).toUpperCase()
}

const roleLabel = { user: 'User', staff: 'Staff', admin: 'Administrator' } as const

export function UserMenu({ user }: { user: DashboardUser }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className="grid size-8 place-items-center rounded-full bg-linear-to-br from-zinc-200 to-zinc-300 text-xs font-semibold text-zinc-700 ring-1 ring-border transition-shadow outline-none hover:ring-2 focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background dark:from-zinc-700 dark:to-zinc-800 dark:text-zinc-200">
        {/* Named by its text rather than aria-label, so that the initials shown need not be part of the name. */}
        <span aria-hidden>{initials(user)}</span>
        <span className="sr-only">Account menu</span>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuLabel className="flex flex-col gap-0.5 font-normal">
          <span className="truncate text-sm font-medium text-foreground">{user.name ?? user.email}</span>
          <span className="truncate">{user.email}</span>
          <span className="mt-1 text-[11px] tracking-wide text-primary uppercase">{roleLabel[user.role]}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/profile">
            <UserRound aria-hidden />
            Profile
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void signOut({ callbackUrl: '/sign-in' })}>
          <LogOut aria-hidden />
          Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
