import { CommandPalette } from '@/components/command-palette/command-palette'
import { PaletteButton } from '@/components/command-palette/palette-button'
import { LiveStatusIndicator } from '@/components/live/live-status-indicator'
import type { SavedView } from '@/lib/services/saved-views/saved-views'
import type { DashboardUser } from '@/lib/auth/dashboard-session'
import { MobileNav } from './mobile-nav'
import type { NavBadges } from './nav-items'
import { PageTitle } from './page-title'
import { ThemeToggle } from './theme-toggle'
import { UserMenu } from './user-menu'

export function TopBar({ user, imageUrl, badges, views }: { user: DashboardUser; imageUrl: string | null; badges?: NavBadges; views?: SavedView[] }) {
  return (
    <header className="sticky top-0 z-20 flex h-14 shrink-0 items-center gap-3 border-b bg-background/80 px-4 backdrop-blur-md supports-[backdrop-filter]:bg-background/70 sm:px-6">
      <MobileNav isAdmin={user.role === 'admin'} badges={badges} views={views} />
      <div className="min-w-0 flex-1">
        <PageTitle />
      </div>
      <div className="flex items-center gap-2">
        <PaletteButton />
        <CommandPalette isAdmin={user.role === 'admin'} />
        <LiveStatusIndicator />
        <ThemeToggle />
        <UserMenu user={user} imageUrl={imageUrl} />
      </div>
    </header>
  )
}
