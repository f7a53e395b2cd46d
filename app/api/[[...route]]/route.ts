// Every /api/* route (except NextAuth's /api/session/*) when Next serves the request itself.
// server.ts sends /api requests straight to the same Hono app, bypassing Next's slower pipeline.
import { handle } from 'hono/vercel'
import { api } from '@/lib/api/app'

export const dynamic = 'force-dynamic'

const handler = (request: Request) => handle(api())(request)

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE, handler as HEAD, handler as OPTIONS }
