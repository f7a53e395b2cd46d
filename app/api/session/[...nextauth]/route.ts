// NextAuth (the dashboard's sessions) at /api/session/*; server.ts hands these to Next, the rest
// of /api to the Hono API.
import NextAuth from 'next-auth'
import type { NextRequest } from 'next/server'
import { nextAuthOptions } from '@/lib/auth/next-auth-options'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ nextauth: string[] }> }

// Options are built per process on the first request, so the build needs no secret.
async function handler(request: NextRequest, context: Context): Promise<Response> {
  return (await NextAuth(request, context, nextAuthOptions())) as Response
}

export { handler as GET, handler as POST }
