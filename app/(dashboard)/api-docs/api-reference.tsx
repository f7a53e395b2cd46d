'use client'

import { useRef } from 'react'
import dynamic from 'next/dynamic'
import { useTranslations } from 'next-intl'
import { useTheme } from 'next-themes'
import '@scalar/api-reference-react/style.css'

import { useScalarLandmarks } from './use-scalar-landmarks'

// Scalar's default greys and method colours are below 4.5:1 on its own backgrounds (e.g. #8e8e8e on
// white, 3.3:1): the same hues, darkened in the light theme and lightened in the dark, all ≥ 4.5:1.
// `!important` because Scalar sets them again inside @supports (display-p3) after our sheet.
// A code block's copy button is named by a "Copy" that Scalar hides (display: none) until the block
// is hovered or focused, so a screen reader's reading cursor met a nameless button: inside the
// screen-reader-only copy of its label the text is always there.
const readableColours = `
.light-mode {
  --scalar-color-2: #5f5f5f !important; --scalar-color-3: #666666 !important; --scalar-color-accent: #0070c0 !important;
  --scalar-color-green: #007a50 !important; --scalar-color-blue: #006bb3 !important; --scalar-color-orange: #b34400 !important;
  --scalar-color-red: #c80005 !important; --scalar-color-yellow: #8a6500 !important;
}
.dark-mode { --scalar-color-3: #8f8f8f !important; --scalar-color-red: #f0504d !important; }
.scalar-code-copy .sr-only .hidden { display: inline; }
`

// Scalar's renderer is a Vue app that reads `window`: render it in the browser only.
const ApiReferenceReact = dynamic(() => import('@scalar/api-reference-react').then((module) => module.ApiReferenceReact), {
  ssr: false,
  loading: () => <LoadingReference />,
})

function LoadingReference() {
  const t = useTranslations('apiDocs')
  return <p className="p-6 text-sm text-muted-foreground">{t('loading')}</p>
}

/**
 * Scalar's reference for our OpenAPI document, bundled from node_modules: nothing loads from a CDN
 * (no default fonts, no telemetry, no hosted proxy), and the dashboard's theme is followed.
 * Scalar's own interface and the document stay in English (it has no Arabic), laid out left to right.
 */
export function ApiReference() {
  const { resolvedTheme } = useTheme()
  const t = useTranslations('apiDocs')
  const container = useRef<HTMLDivElement>(null)
  useScalarLandmarks(container, { notifications: t('scalarNotifications'), contact: (url) => t('contact', { url }) })
  return (
    // No overflow clipping here: it would break the sticky sidebar of Scalar's layout. English
    // content: marked as such for screen readers, and kept left to right inside an Arabic page.
    <div ref={container} lang="en" dir="ltr" className="api-reference rounded-lg border bg-card shadow-xs">
      <ApiReferenceReact
        key={resolvedTheme}
        configuration={{
          url: '/api/openapi.json',
          withDefaultFonts: false,
          telemetry: false,
          // On a local URL Scalar turns on its AI agent, a hosted service: never here.
          agent: { disabled: true },
          // "Generate MCP" points at Scalar's hosted services; we have no MCP server.
          mcp: { disabled: true },
          // Ctrl/⌘+K is the dashboard's command palette; the reference's own search moves to Ctrl/⌘+I (and its search box).
          searchHotKey: 'i',
          hideClientButton: true,
          hideDarkModeToggle: true,
          forceDarkModeState: resolvedTheme === 'dark' ? 'dark' : 'light',
          showDeveloperTools: 'never',
          documentDownloadType: 'json',
          layout: 'modern',
          theme: 'default',
          // Our own font (no default fonts are fetched); Scalar's sticky sidebar stops below our 56 px top bar.
          customCss: `.scalar-app { --scalar-font: var(--font-inter), ui-sans-serif, system-ui, sans-serif; --scalar-custom-header-height: 56px; }${readableColours}`,
          // A "Show more" button is named "Show all {tag} endpoints": its visible words must start its name.
          localization: { translations: { actions: { showMore: 'Show all' } } },
        }}
      />
    </div>
  )
}
