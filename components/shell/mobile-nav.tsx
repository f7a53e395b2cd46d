'use client'

import { useState } from 'react'
import { Menu } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'
import { Sheet, SheetContent, SheetTitle, SheetTrigger } from '@/components/ui/sheet'
import type { SavedView } from '@/lib/services/saved-views/saved-views'
import { Brand } from './brand'
import type { NavBadges } from './nav-items'
import { SidebarNav } from './sidebar-nav'

/** Below `md` the sidebar is hidden; this button opens the same navigation in a sheet. */
export function MobileNav({ isAdmin, badges, views }: { isAdmin: boolean; badges?: NavBadges; views?: SavedView[] }) {
  const [open, setOpen] = useState(false)
  const t = useTranslations('shell.nav')

  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="-ms-2 md:hidden" aria-label={t('open')}>
          <Menu aria-hidden />
        </Button>
      </SheetTrigger>
      <SheetContent aria-describedby={undefined} closeLabel={t('close')}>
        <SheetTitle className="sr-only">{t('title')}</SheetTitle>
        <div className="flex h-14 shrink-0 items-center px-5">
          <Brand onClick={() => setOpen(false)} />
        </div>
        <div className="flex-1 overflow-y-auto">
          {/* Closing on click: a client-side navigation would otherwise leave the sheet open. */}
          <SidebarNav isAdmin={isAdmin} badges={badges} views={views} onNavigate={() => setOpen(false)} />
        </div>
      </SheetContent>
    </Sheet>
  )
}
