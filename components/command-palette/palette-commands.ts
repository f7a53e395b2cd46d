import { BuildingComplex, LogOut, Store, SunMoon, UserRound, type LucideIcon } from 'lucide-react'

import { navGroups } from '@/components/shell/nav-items'

/** Something the palette runs without a search: go to a page, or do a common action. */
export interface PaletteCommand {
  id: string
  label: string
  icon: LucideIcon
  /** Extra words it answers to ("dark" finds the theme toggle). */
  keywords?: string
  run: { href: string } | { action: 'toggle-theme' | 'sign-out' }
  adminOnly?: boolean
}

export const createCommands: PaletteCommand[] = [
  { id: 'new-booth', label: 'New booth', icon: Store, keywords: 'create add trade booth', run: { href: '/booths/new' } },
  { id: 'new-company', label: 'New company', icon: BuildingComplex, keywords: 'create add exhibitor', run: { href: '/companies/new' } },
]

export const pageCommands: PaletteCommand[] = [
  ...navGroups.flatMap((group) =>
    group.items.map((item) => ({
      id: `go-${item.href}`,
      label: item.label,
      icon: item.icon,
      keywords: 'go to page open',
      run: { href: item.href },
      adminOnly: item.adminOnly,
    })),
  ),
  { id: 'go-/profile', label: 'Profile', icon: UserRound, keywords: 'account password passkey security', run: { href: '/profile' } },
]

export const accountCommands: PaletteCommand[] = [
  { id: 'toggle-theme', label: 'Toggle theme', icon: SunMoon, keywords: 'dark light mode colour color', run: { action: 'toggle-theme' } },
  { id: 'sign-out', label: 'Sign out', icon: LogOut, keywords: 'log out leave', run: { action: 'sign-out' } },
]

/** Case-insensitive: every word typed appears in the label or the keywords. */
export function matches(command: PaletteCommand, search: string): boolean {
  const haystack = `${command.label} ${command.keywords ?? ''}`.toLowerCase()
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word))
}
