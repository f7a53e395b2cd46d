import type { SavedView } from '@/lib/services/saved-views/saved-views'
import { Brand } from './brand'
import type { NavBadges } from './nav-items'
import { SidebarNav } from './sidebar-nav'

/** The fixed desktop sidebar; narrow screens get the same nav in `MobileNav` instead. */
export function Sidebar({ isAdmin, badges, views }: { isAdmin: boolean; badges?: NavBadges; views?: SavedView[] }) {
  return (
    <aside className="fixed inset-y-0 start-0 z-30 hidden w-60 flex-col border-e bg-sidebar md:flex">
      <div className="flex h-14 shrink-0 items-center px-5">
        <Brand />
      </div>
      <div className="flex-1 overflow-y-auto">
        <SidebarNav isAdmin={isAdmin} badges={badges} views={views} />
      </div>
    </aside>
  )
}
