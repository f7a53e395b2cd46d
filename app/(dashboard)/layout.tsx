import { Sidebar } from '@/components/shell/sidebar'
import { SkipLink } from '@/components/shell/skip-link'
import { TopBar } from '@/components/shell/top-bar'

export default function DashboardLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipLink targetId="main-content" />
      <Sidebar />
      <div className="flex min-h-dvh flex-col md:pl-60">
        <TopBar />
        {/* tabIndex lets the skip link move focus here, not just scroll. */}
        <main id="main-content" tabIndex={-1} className="flex-1 outline-none">
          <div className="mx-auto flex w-full max-w-6xl flex-col gap-8 px-4 py-8 sm:px-6 lg:px-8">
            {children}
          </div>
        </main>
      </div>
    </>
  )
}
