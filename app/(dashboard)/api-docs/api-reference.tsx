'use client'

import dynamic from 'next/dynamic'
import { useTheme } from 'next-themes'
import '@scalar/api-reference-react/style.css'

// Scalar's renderer is a Vue app that reads `window`: render it in the browser only.
const ApiReferenceReact = dynamic(() => import('@scalar/api-reference-react').then((module) => module.ApiReferenceReact), {
  ssr: false,
  loading: () => <p className="p-6 text-sm text-muted-foreground">Loading the API reference…</p>,
})

/**
 * Scalar's reference for our OpenAPI document, bundled from node_modules: nothing loads from a CDN
 * (no default fonts, no telemetry, no hosted proxy), and the dashboard's theme is followed.
 */
export function ApiReference() {
  const { resolvedTheme } = useTheme()
  return (
    // No overflow clipping here: it would break the sticky sidebar of Scalar's layout.
    <div className="api-reference rounded-lg border bg-card shadow-xs">
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
          hideClientButton: true,
          hideDarkModeToggle: true,
          forceDarkModeState: resolvedTheme === 'dark' ? 'dark' : 'light',
          showDeveloperTools: 'never',
          documentDownloadType: 'json',
          layout: 'modern',
          theme: 'default',
          // Our own font (no default fonts are fetched); Scalar's sticky sidebar stops below our 56 px top bar.
          customCss: '.scalar-app { --scalar-font: var(--font-inter), ui-sans-serif, system-ui, sans-serif; --scalar-custom-header-height: 56px; }',
        }}
      />
    </div>
  )
}
