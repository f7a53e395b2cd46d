import {
  BookOpen,
  BuildingComplex,
  CalendarDays,
  ClipboardCheck,
  LayoutDashboard,
  MessagesSquare,
  ScrollText,
  Store,
  Trash2,
  UserRound,
  Users,
  type LucideIcon,
} from 'lucide-react'

import type { Messages } from '@/messages'

/** `key` names the item in messages (shell.nav.items.*), a group's key its heading (shell.nav.groups.*). */
export type NavItemKey = keyof Messages['shell']['nav']['items']
export type NavGroupKey = keyof Messages['shell']['nav']['groups']
export type NavItem = { href: string; key: NavItemKey; icon: LucideIcon; adminOnly?: boolean }
export type NavGroup = { key: NavGroupKey | null; items: NavItem[] }
/** Counts shown beside nav items, by href (e.g. pending booths on `/review`). */
export type NavBadges = Partial<Record<string, number>>

export const navGroups: NavGroup[] = [
  { key: null, items: [{ href: '/', key: 'overview', icon: LayoutDashboard }] },
  {
    key: 'manage',
    items: [
      { href: '/users', key: 'users', icon: Users, adminOnly: true },
      { href: '/companies', key: 'companies', icon: BuildingComplex },
      { href: '/booths', key: 'booths', icon: Store },
      { href: '/review', key: 'review', icon: ClipboardCheck },
      { href: '/calendar', key: 'calendar', icon: CalendarDays },
      { href: '/trash', key: 'trash', icon: Trash2 },
    ],
  },
  { key: 'live', items: [{ href: '/rooms', key: 'rooms', icon: MessagesSquare }] },
  {
    key: 'system',
    items: [
      { href: '/audit', key: 'audit', icon: ScrollText, adminOnly: true },
      { href: '/api-docs', key: 'apiDocs', icon: BookOpen },
    ],
  },
]

// Reachable from the user menu rather than the sidebar, but the top bar still needs its name.
const extraItems: NavItem[] = [{ href: '/profile', key: 'profile', icon: UserRound }]

/** The groups a role sees: staff do not get links to admin-only pages. */
export function visibleGroups(isAdmin: boolean): NavGroup[] {
  return navGroups.map((group) => ({ ...group, items: group.items.filter((item) => isAdmin || !item.adminOnly) })).filter((group) => group.items.length > 0)
}

/** `/` matches only itself; other sections also match their sub-pages (`/users/42`). */
export function isActive(href: string, pathname: string): boolean {
  if (href === '/') return pathname === '/'
  return pathname === href || pathname.startsWith(`${href}/`)
}

/** The section the pathname belongs to, with its group's key, for the top bar. */
export function findSection(pathname: string): { group: NavGroupKey | null; item: NavItem } | null {
  for (const group of navGroups) {
    const item = group.items.find((candidate) => isActive(candidate.href, pathname))
    if (item) return { group: group.key, item }
  }
  const extra = extraItems.find((candidate) => isActive(candidate.href, pathname))
  return extra ? { group: 'account', item: extra } : null
}
