import type { Metadata } from 'next'
import { headers } from 'next/headers'
import localFont from 'next/font/local'
import { NextIntlClientProvider } from 'next-intl'
import { getLocale, getTranslations } from 'next-intl/server'

import { Providers } from '@/components/providers'
import { TimeZoneCookie } from '@/components/i18n/time-zone-cookie'
import { directionOf } from '@/lib/i18n/locales'
import './globals.css'

// Served from the installed package so the build never reaches for Google Fonts.
const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  display: 'swap',
  weight: '100 900',
})

// Inter has no Arabic letters: the browser takes them from here (fetched only when a page needs them).
const arabic = localFont({
  src: '../node_modules/@fontsource-variable/noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2',
  variable: '--font-arabic',
  display: 'swap',
  weight: '100 900',
  preload: false,
})

const baseMetadata: Metadata = {
  // Files in public/ (icons made from app/icon.svg). Listing icons here replaces the link Next would
  // add for app/icon.svg by itself, so it is listed too; browsers that read SVG prefer it.
  icons: {
    icon: [
      { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
      { url: '/icon.svg', type: 'image/svg+xml' },
    ],
    apple: [{ url: '/apple-touch-icon.png', sizes: '180x180', type: 'image/png' }],
  },
  manifest: '/manifest.webmanifest',
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations()
  const name = t('common.appName')
  return { ...baseMetadata, title: { default: name, template: `%s · ${name}` }, description: t('shell.meta.description') }
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // This request's CSP nonce (proxy.ts), for next-themes' inline script; Next puts it on its own
  // scripts by itself. Reading it renders every page per request, as a nonce requires.
  const nonce = (await headers()).get('x-nonce') ?? undefined
  const locale = await getLocale()
  const dir = directionOf(locale)
  return (
    // next-themes sets the theme class on <html> before hydration, so React must accept the change.
    <html lang={locale} dir={dir} className={`${inter.variable} ${arabic.variable}`} suppressHydrationWarning>
      <body>
        {/* Inherits this request's language, messages, formats and time zone (lib/i18n/request.ts). */}
        <NextIntlClientProvider>
          <Providers nonce={nonce} dir={dir}>
            <TimeZoneCookie />
            {children}
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
