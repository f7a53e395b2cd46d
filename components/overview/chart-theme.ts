import type { CSSProperties } from 'react'

// Colours come from app/globals.css, so the charts follow the light/dark theme without re-rendering.
export const axisTick = { fill: 'var(--muted-foreground)', fontSize: 12 }

export const tooltipStyle: CSSProperties = {
  background: 'var(--popover)',
  color: 'var(--popover-foreground)',
  border: '1px solid var(--border)',
  borderRadius: 'var(--radius)',
  fontSize: 12,
}

/** Whether a language reads right to left: its charts run from the right. */
export const isRightToLeft = (locale: string) => new Intl.Locale(locale).language === 'ar'
