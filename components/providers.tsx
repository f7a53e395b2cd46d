'use client'

import type { CSSProperties, ReactNode } from 'react'
import { SessionProvider } from 'next-auth/react'
import { ThemeProvider, useTheme } from 'next-themes'
import { NuqsAdapter } from 'nuqs/adapters/next/app'
import { Direction } from 'radix-ui'
import { Toaster } from 'sonner'
import { useTranslations } from 'next-intl'

// Sonner's own palette is pure black/white; these point it at our surface colours instead.
const toastColours = {
  '--normal-bg': 'var(--popover)',
  '--normal-text': 'var(--popover-foreground)',
  '--normal-border': 'var(--border)',
} as CSSProperties

// Toasts read the resolved theme so they match the page rather than the OS.
// At the end of the line: bottom right, or bottom left in a right-to-left page.
function ThemedToaster({ dir }: { dir: 'ltr' | 'rtl' }) {
  const { resolvedTheme } = useTheme()
  const t = useTranslations('common.actions')
  return (
    <Toaster
      theme={resolvedTheme === 'dark' ? 'dark' : 'light'}
      position={dir === 'rtl' ? 'bottom-left' : 'bottom-right'}
      dir={dir}
      closeButton
      toastOptions={{ closeButtonAriaLabel: t('close') }}
      style={toastColours}
    />
  )
}

export function Providers({ children, nonce, dir }: { children: ReactNode; nonce?: string; dir: 'ltr' | 'rtl' }) {
  return (
    // NextAuth lives at /api/session (the API owns /api/auth). `session={null}` skips the provider's
    // own fetch on every page: pages read the user on the server, and SessionKeepAlive refreshes it.
    <SessionProvider basePath="/api/session" session={null} refetchOnWindowFocus>
      <NuqsAdapter>
        {/* Radix menus, sheets and sliders open and move the right way round in Arabic. */}
        <Direction.DirectionProvider dir={dir}>
          <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
            {children}
            <ThemedToaster dir={dir} />
          </ThemeProvider>
        </Direction.DirectionProvider>
      </NuqsAdapter>
    </SessionProvider>
  )
}
