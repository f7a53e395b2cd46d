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

/**
 * `key` names the item in messages (shell.nav.items.*), `group`'s key its group (shell.nav.groups.*);
 * `label` is the English name, kept for the command palette's matching until it reads the keys.
 */
export type NavItemKey = keyof Messages['shell']['nav']['items']
export type NavGroupKey = keyof Messages['shell']['nav']['groups']
export type NavItem = { href: string; key: NavItemKey; label: string; icon: LucideIcon; adminOnly?: boolean }
export type NavGroup = { key: NavGroupKey | null; label: string | null; items: NavItem[] }
/** Counts shown beside nav items, by href (e.g. pending booths on `/review`). */
export type NavBadges = Partial<Record<string, number>>

export const navGroups: NavGroup[] = [
  { key: null, label: null, items: [{ href: '/', key: 'overview', label: 'Overview', icon: LayoutDashboard }] },
  {
    key: 'manage',
    label: 'Manage',
    items: [
      { href: '/users', key: 'users', label: 'Users', icon: Users, adminOnly: true },
      { href: '/companies', key: 'companies', label: 'Companies', icon: BuildingComplex },
      { href: '/booths', key: 'booths', label: 'Trade booths', icon: Store },
      { href: '/review', key: 'review', label: 'Review queue', icon: ClipboardCheck },
      { href: '/calendar', key: 'calendar', label: 'Calendar', icon: CalendarDays },
      { href: '/trash', key: 'trash', label: 'Trash', icon: Trash2 },
    ],
  },
  { key: 'live', label: 'Live', items: [{ href: '/rooms', key: 'rooms', label: 'Rooms', icon: MessagesSquare }] },
  {
    key: 'system',
    label: 'System',
    items: [
      { href: '/audit', key: 'audit', label: 'Audit log', icon: ScrollText, adminOnly: true },
      { href: '/api-docs', key: 'apiDocs', label: 'API reference', icon: BookOpen },
    ],
  },
]

// Reachable from the user menu rather than the sidebar, but the top bar still needs its name.
const extraItems: NavItem[] = [{ href: '/profile', key: 'profile', label: 'Profile', icon: UserRound }]

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
