/**
 * Every rate limit of the API in one table: `points` allowed per `duration` seconds per key.
 * Keys are chosen by the caller (an IP, an email, a user id, an email + purpose).
 */
export interface RateLimitPolicy {
  points: number
  duration: number
}

export const policies = {
  /** One code per email and purpose per minute: the resend cooldown (unknown emails too). */
  'otp-cooldown': { points: 1, duration: 60 },
  /** Codes mailed to one address per hour, all purposes together: bounds guesses across re-issues. */
  'otp-send-email': { points: 10, duration: 3600 },
  'otp-send-ip': { points: 30, duration: 900 },
  'otp-verify-ip': { points: 60, duration: 900 },
  /** Password sign-in attempts per IP; per-account failures are counted in the database. */
  'login-ip': { points: 60, duration: 900 },
  'register-ip': { points: 10, duration: 3600 },
  'refresh-ip': { points: 120, duration: 60 },
  'reset-password-ip': { points: 20, duration: 900 },
  /** Wrong current passwords on change-password, per signed-in user. */
  'change-password-user': { points: 5, duration: 900 },
  /** Wrong second-factor codes (authenticator or recovery) per account, every path together. */
  'mfa-user': { points: 5, duration: 900 },
  'verify-email-link-ip': { points: 30, duration: 900 },
  /** Creates (companies, trade booths) per signed-in user, all create routes together. */
  'create-user': { points: 60, duration: 60 },
  /** Chat messages per user over all rooms: room-message-user bounds flooding, not conversation. */
  'room-message-user': { points: 10, duration: 10 },
  /**
   * Failed sign-ins of emails that have no account, so that they get the same growing lockout as
   * real accounts (whose count lives in the database) and a lockout does not reveal an account.
   */
  'login-unknown-failures': { points: 1_000_000, duration: 7 * 86_400 },
  'login-unknown-lock': { points: 1, duration: 1 },
} as const satisfies Record<string, RateLimitPolicy>

export type PolicyName = keyof typeof policies
