import type { Role } from '@/lib/generated/prisma/enums'
import type { HourCycle, Locale } from '@/lib/i18n/locales'

/** The signed-in caller, as every route and socket event sees it. */
export interface AuthUser {
  id: string
  email: string
  name: string | null
  role: Role
  /** The account has a second factor (see mustEnrolSecondFactor for who must). */
  mfaEnabled: boolean
  /** The language they chose (null: follow the browser), and their clock (null: the language's custom). */
  locale: Locale | null
  hourCycle: HourCycle | null
  /** How the caller proved who they are. */
  via: 'bearer' | 'session'
  /** The sign-in this credential belongs to (a refresh-token family, or a dashboard session); null for tokens made outside a sign-in (tests, tools). */
  signInId: string | null
}

const rank: Record<Role, number> = { user: 0, staff: 1, admin: 2 }

/** Staff may do what users do; admins what staff do. */
export const hasRole = (actual: Role, needed: Role) => rank[actual] >= rank[needed]
