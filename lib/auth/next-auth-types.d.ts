// The claims our NextAuth JWT carries (see lib/auth/session-policy.ts). `sub`, `sv` and `sid` are also
// read by the API (lib/auth/session-cookie.ts): keep those names.
import 'next-auth/jwt'
import 'next-auth'

declare module 'next-auth/jwt' {
  interface JWT {
    /** The user's sessionVersion when the session was issued; a bump ends it. */
    sv?: number
    /** The sign-in's dashboard_sessions row: ending it ends this session alone. */
    sid?: string
    /** When the user signed in (seconds). */
    auth_time?: number
    /** When the session was last refreshed (seconds). */
    last_seen?: number
  }
}

declare module 'next-auth' {
  interface Session {
    user: { id: string }
  }
}
