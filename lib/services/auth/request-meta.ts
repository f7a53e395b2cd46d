/** Where a request came from, for limits, logs and audit entries. Every field is optional for non-HTTP callers. */
export interface AuthRequestMeta {
  ip?: string | null
  userAgent?: string | null
  requestId?: string | null
}

/** Emails are compared lower-cased and trimmed, as the schemas normalise them; services may be called without a schema. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase()
