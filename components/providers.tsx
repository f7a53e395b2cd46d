'use client'

import type { CSSProperties, ReactNode } from 'react'
import { ThemeProvider, useTheme } from 'next-themes'
import { Toaster } from 'sonner'

// Sonner's own palette is pure black/white; these point it at our surface colours instead.
const toastColours = {
  '--normal-bg': 'var(--popover)',
  '--normal-text': 'var(--popover-foreground)',
  '--normal-border': 'var(--border)',
} as CSSProperties

// Toasts read the resolved theme so they match the page rather than the OS.
function ThemedToaster() {
  const { resolvedTheme } = useTheme()
  return (
    <Toaster
      theme={resolvedTheme === 'dark' ? 'dark' : 'light'}
      position="bottom-right"
      closeButton
      style={toastColours}
    />
  )
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange>
      {children}
      <ThemedToaster />
    </ThemeProvider>
  )
}
