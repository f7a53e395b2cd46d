'use client'

import { useSyncExternalStore } from 'react'
import { Search } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'
import { OPEN_PALETTE_EVENT } from './command-palette'

const noSubscription = () => () => {}
const isApple = () => /Mac|iPhone|iPad/.test(navigator.userAgent)

/** The top bar's way into the command palette, showing this platform's shortcut. */
export function PaletteButton() {
  // The server does not know the platform: it renders Ctrl K, a Mac corrects it on hydration.
  const t = useTranslations('palette')
  const apple = useSyncExternalStore(noSubscription, isApple, () => false)
  // Key names, as printed on keyboards in every language.
  const shortcut = apple ? '⌘K' : 'Ctrl K'
  return (
    <Button
      variant="outline"
      size="sm"
      onClick={() => window.dispatchEvent(new Event(OPEN_PALETTE_EVENT))}
      aria-keyshortcuts={apple ? 'Meta+K' : 'Control+K'}
      className="gap-2 text-muted-foreground max-sm:size-9 max-sm:px-0"
    >
      <Search aria-hidden />
      <span className="max-sm:sr-only">{t('button')}</span>
      <kbd className="hidden rounded border bg-muted px-1.5 font-sans text-[11px] sm:inline">{shortcut}</kbd>
    </Button>
  )
}
