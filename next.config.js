// @ts-check
import { securityHeaders } from './lib/http/security-headers.js'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // PGlite loads its wasm from node_modules at run time; bundling it breaks that.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'pino', 'pino-pretty'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }]
  },
}

export default nextConfig
