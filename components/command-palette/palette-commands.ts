import { BuildingComplex, LogOut, Store, SunMoon, UserRound, type LucideIcon } from 'lucide-react'

import { navGroups } from '@/components/shell/nav-items'

/** A command's words: messages palette.commands.<key> and palette.keywords.<keywords>. */
export type CommandKey =
  | 'newBooth'
  | 'newCompany'
  | 'overview'
  | 'users'
  | 'companies'
  | 'booths'
  | 'review'
  | 'calendar'
  | 'trash'
  | 'rooms'
  | 'audit'
  | 'apiDocs'
  | 'profile'
  | 'toggleTheme'
  | 'signOut'
export type KeywordsKey = 'newBooth' | 'newCompany' | 'page' | 'profile' | 'toggleTheme' | 'signOut'

/** Something the palette runs without a search: go to a page, or do a common action. */
export interface PaletteCommand {
  id: string
  /** Its name (palette.commands.<label>), in the reader's language. */
  label: CommandKey
  icon: LucideIcon
  /** Extra words it answers to ("dark" finds the theme toggle): palette.keywords.<keywords>. */
  keywords?: KeywordsKey
  run: { href: string } | { action: 'toggle-theme' | 'sign-out' }
  adminOnly?: boolean
}

export const createCommands: PaletteCommand[] = [
  { id: 'new-booth', label: 'newBooth', icon: Store, keywords: 'newBooth', run: { href: '/booths/new' } },
  { id: 'new-company', label: 'newCompany', icon: BuildingComplex, keywords: 'newCompany', run: { href: '/companies/new' } },
]

/** The sidebar's pages by address, named in the palette's own words. */
const PAGE_KEYS: Record<string, CommandKey> = {
  '/': 'overview',
  '/users': 'users',
  '/companies': 'companies',
  '/booths': 'booths',
  '/review': 'review',
  '/calendar': 'calendar',
  '/trash': 'trash',
  '/rooms': 'rooms',
  '/audit': 'audit',
  '/api-docs': 'apiDocs',
}

export const pageCommands: PaletteCommand[] = [
  ...navGroups.flatMap((group) =>
    group.items
      .filter((item) => item.href in PAGE_KEYS)
      .map((item) => ({
        id: `go-${item.href}`,
        label: PAGE_KEYS[item.href]!,
        icon: item.icon,
        keywords: 'page' as const,
        run: { href: item.href },
        adminOnly: item.adminOnly,
      })),
  ),
  { id: 'go-/profile', label: 'profile', icon: UserRound, keywords: 'profile', run: { href: '/profile' } },
]

export const accountCommands: PaletteCommand[] = [
  { id: 'toggle-theme', label: 'toggleTheme', icon: SunMoon, keywords: 'toggleTheme', run: { action: 'toggle-theme' } },
  { id: 'sign-out', label: 'signOut', icon: LogOut, keywords: 'signOut', run: { action: 'sign-out' } },
]

/** A command's name and extra words, in the reader's language. */
export type CommandWords = (command: PaletteCommand) => { label: string; keywords: string }

/** Case-insensitive: every word typed appears in the label or the keywords. */
export function matches(command: PaletteCommand, search: string, words: CommandWords): boolean {
  const { label, keywords } = words(command)
  const haystack = `${label} ${keywords}`.toLowerCase()
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word))
}
