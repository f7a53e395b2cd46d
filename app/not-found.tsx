import { NotFoundMessage } from '@/components/shell/not-found-message'

// Outside the dashboard (the dashboard's own 404 keeps its sidebar: app/(dashboard)/not-found.tsx).
export default function NotFound() {
  return (
    <main className="grid min-h-dvh place-items-center px-6">
      <NotFoundMessage />
    </main>
  )
}
