import type { Metadata } from 'next'
import localFont from 'next/font/local'

import { Providers } from '@/components/providers'
import './globals.css'

// Served from the installed package so the build never reaches for Google Fonts.
const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  display: 'swap',
  weight: '100 900',
})

export const metadata: Metadata = {
  title: { default: 'VI Cross', template: '%s · VI Cross' },
  description: 'Administration for VI Cross virtual trade shows.',
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // next-themes sets the theme class on <html> before hydration, so React must accept the change.
    <html lang="en" className={inter.variable} suppressHydrationWarning>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  )
}
