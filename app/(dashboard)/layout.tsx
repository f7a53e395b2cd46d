import { SessionKeepAlive } from '@/components/auth/session-keep-alive'
import { LiveSocketProvider } from '@/components/live/live-socket-provider'
import { RefreshOnLiveEvent } from '@/components/live/refresh-on-live-event'
import { RecordCrumbProvider } from '@/components/shell/record-crumb'
import { Sidebar } from '@/components/shell/sidebar'
import { ShortcutsDialog } from '@/components/shell/shortcuts-dialog'
import { SkipLink } from '@/components/shell/skip-link'
import { TopBar } from '@/components/shell/top-bar'
import { requireDashboardUser } from '@/lib/auth/dashboard-session'
import { countPendingBooths } from '@/lib/services/booths/review-queue'
import { listSavedViews } from '@/lib/services/saved-views/saved-views'
import { getProfile } from '@/lib/services/users/get-profile'

// Staff and admins only: anonymous visitors go to sign-in, signed-in `user`s to /no-access.
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireDashboardUser()
  const [pending, profile, views] = await Promise.all([countPendingBooths(), getProfile(user.id), listSavedViews(user)])
  const badges = { '/review': pending }
  return (
    // One live connection per tab: domain events refresh the page (badge, tables, overview).
    <LiveSocketProvider>
      <SessionKeepAlive />
      <RefreshOnLiveEvent event="dashboard:update" onReconnect />
      <RecordCrumbProvider>
        <SkipLink targetId="main-content" />
        <ShortcutsDialog />
        <Sidebar isAdmin={user.role === 'admin'} badges={badges} views={views} />
        <div className="flex min-h-dvh flex-col md:ps-60">
          <TopBar user={user} imageUrl={profile.image_url} badges={badges} views={views} />
          {/* tabIndex lets the skip link move focus here, not just scroll. */}
          <main id="main-content" tabIndex={-1} className="flex-1 outline-none">
            <div className="mx-auto flex w-full max-w-6xl flex-col gap-8 px-4 py-8 sm:px-6 lg:px-8">{children}</div>
          </main>
        </div>
      </RecordCrumbProvider>
    </LiveSocketProvider>
  )
}
