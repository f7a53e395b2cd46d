import type { AuthUser } from '@/lib/auth/auth-user'

/** What the API's middleware puts on the Hono context. */
export interface ApiEnv {
  Variables: {
    requestId: string
    /** Set by `requireUser`/`requireRole`. */
    user: AuthUser
  }
}
