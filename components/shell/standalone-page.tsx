import type { ReactNode } from 'react'

import { LanguageSwitcher } from '@/components/i18n/language-switcher'
import { cn } from '@/lib/utils/cn'
import { Brand } from './brand'
import { ThemeToggle } from './theme-toggle'

/** The frame of the pages outside the dashboard (sign-in, password reset, second-factor set-up). */
export function StandalonePage({ children, width = 'narrow' }: { children: ReactNode; width?: 'narrow' | 'wide' }) {
  return (
    <main className="relative grid min-h-dvh place-items-center bg-muted/40 px-4 py-12">
      <div className="absolute end-4 top-4 flex items-center gap-3">
        <LanguageSwitcher />
        <ThemeToggle />
      </div>
      <div className={cn('flex w-full flex-col items-center gap-6', width === 'narrow' ? 'max-w-sm' : 'max-w-2xl')}>
        <Brand />
        {children}
      </div>
    </main>
  )
}
