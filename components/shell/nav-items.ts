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

export type NavItem = { href: string; label: string; icon: LucideIcon; adminOnly?: boolean }
export type NavGroup = { label: string | null; items: NavItem[] }
/** Counts shown beside nav items, by href (e.g. pending booths on `/review`). */
export type NavBadges = Partial<Record<string, number>>

export const navGroups: NavGroup[] = [
  { label: null, items: [{ href: '/', label: 'Overview', icon: LayoutDashboard }] },
  {
    label: 'Manage',
    items: [
      { href: '/users', label: 'Users', icon: Users, adminOnly: true },
      { href: '/companies', label: 'Companies', icon: BuildingComplex },
      { href: '/booths', label: 'Trade booths', icon: Store },
      { href: '/review', label: 'Review queue', icon: ClipboardCheck },
      { href: '/calendar', label: 'Calendar', icon: CalendarDays },
      { href: '/trash', label: 'Trash', icon: Trash2 },
    ],
  },
  { label: 'Live', items: [{ href: '/rooms', label: 'Rooms', icon: MessagesSquare }] },
  {
    label: 'System',
    items: [
      { href: '/audit', label: 'Audit log', icon: ScrollText, adminOnly: true },
      { href: '/api-docs', label: 'API reference', icon: BookOpen },
    ],
  },
]

// Reachable from the user menu rather than the sidebar, but the top bar still needs its name.
const extraItems: NavItem[] = [{ href: '/profile', label: 'Profile', icon: UserRound }]

/** The groups a role sees: staff do not get links to admin-only pages. */
export function visibleGroups(isAdmin: boolean): NavGroup[] {
  return navGroups.map((group) => ({ ...group, items: group.items.filter((item) => isAdmin || !item.adminOnly) })).filter((group) => group.items.length > 0)
}

/** `/` matches only itself; other sections also match their sub-pages (`/users/42`). */
export function isActive(href: string, pathname: string): boolean {
  if (href === '/') return pathname === '/'
  return pathname === href || pathname.startsWith(`${href}/`)
}

/** The section the pathname belongs to, with its group label, for the top bar. */
export function findSection(pathname: string): { group: string | null; item: NavItem } | null {
  for (const group of navGroups) {
    const item = group.items.find((candidate) => isActive(candidate.href, pathname))
    if (item) return { group: group.label, item }
  }
  const extra = extraItems.find((candidate) => isActive(candidate.href, pathname))
  return extra ? { group: 'Account', item: extra } : null
}
