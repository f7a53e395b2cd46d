import { z } from 'zod'

/** An empty variable counts as unset, as a `.env` line `X=` means. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess((value) => (value === '' || value === undefined ? fallback : value), schema)

const url = (protocols: RegExp, hint: string) =>
  z.string().refine((value) => {
    try {
      return protocols.test(new URL(value).protocol)
    } catch {
      return false
    }
  }, `must be ${hint}`)

const port = z.coerce.number().int().min(0).max(65535)

/**
 * Comma-separated origins exactly as browsers send them in `Origin` (`https://app.example.com`,
 * `http://localhost:5173`): scheme, host and a port other than the default, nothing more. An
 * origin that a browser would never send would silently match nothing, so it is refused.
 */
const origins = z.string().transform((value, context) => {
  const list = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
  for (const item of list) {
    let origin: string | undefined
    try {
      const parsed = new URL(item)
      if (/^https?:$/.test(parsed.protocol)) origin = parsed.origin
    } catch {
      // not a URL: reported below
    }
    if (origin !== item) {
      const hint = origin ? ` (did you mean ${origin}?)` : ''
      context.addIssue({
        code: 'custom',
        message: `lists "${item}", not an origin as browsers send it (scheme://host[:port], lower case, no path or trailing slash)${hint}`,
      })
      return z.NEVER
    }
  }
  return [...new Set(list)]
})

export const envSchema = z
  .object({
    NODE_ENV: withDefault(z.enum(['development', 'production', 'test']), 'development'),
    PORT: withDefault(port, 3000),
    HOST: withDefault(z.string().min(1), '0.0.0.0'),
    DATABASE_URL: optional(url(/^postgres(ql)?:$/, 'a postgres:// or postgresql:// URL (unset it for the embedded database)')),
    PGLITE_DIR: withDefault(z.string().min(1), '.data/pglite'),
    DATABASE_POOL_SIZE: withDefault(z.coerce.number().int().min(1).max(200), 10),
    REDIS_URL: optional(url(/^rediss?:$/, 'a redis:// or rediss:// URL')),
    /** How many reverse proxies in front of the server append to X-Forwarded-For; 0 (false) ignores the header. */
    TRUST_PROXY: withDefault(
      z
        .string()
        .regex(/^(true|false|\d)$/, 'must be false, true or the number of trusted proxy hops (0-9)')
        .transform((value) => (value === 'true' ? 1 : value === 'false' ? 0 : Number(value))),
      'false',
    ),
    /** Browser origins allowed to call the API cross-origin (bearer tokens only; unset: no CORS). */
    CORS_ORIGINS: withDefault(origins, ''),
    AUTH_SECRET: optional(z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`)')),
    APP_URL: withDefault(url(/^https?:$/, 'an http:// or https:// URL'), 'http://localhost:3000'),
    SMTP_URL: optional(url(/^smtps?:$/, 'an smtp:// or smtps:// URL')),
    MAIL_FROM: withDefault(z.string().min(3), 'VI Cross <no-reply@vicross.local>'),
    GOOGLE_CLIENT_ID: optional(z.string().min(1)),
    GOOGLE_CLIENT_SECRET: optional(z.string().min(1)),
    GOOGLE_ISSUER: withDefault(url(/^https?:$/, 'an http(s) URL'), 'https://accounts.google.com'),
    IMAGEKIT_PUBLIC_KEY: optional(z.string().min(1)),
    IMAGEKIT_PRIVATE_KEY: optional(z.string().min(1)),
    IMAGEKIT_URL_ENDPOINT: optional(url(/^https?:$/, 'an http(s) URL')),
    IMAGEKIT_API_BASE_URL: optional(url(/^https?:$/, 'an http(s) URL')),
    UPLOAD_DIR: withDefault(z.string().min(1), '.data/uploads'),
    MAX_UPLOAD_MB: withDefault(z.coerce.number().positive().max(1024), 10),
    MAX_BODY_KB: withDefault(
      z.coerce
        .number()
        .int()
        .min(1)
        .max(1024 * 1024),
      1024,
    ),
    /** `staff`: staff and admins must use a second factor, whatever the admin setting says. */
    REQUIRE_MFA: withDefault(z.enum(['off', 'staff']), 'off'),
    ADMIN_EMAIL: optional(z.email()),
    ADMIN_PASSWORD: optional(z.string().min(12, 'must be at least 12 characters').max(128)),
    SEED_DEMO: withDefault(
      z.enum(['true', 'false']).transform((value) => value === 'true'),
      'true',
    ),
    /** Dashboard page renders in flight at once, and how many more one client may have waiting (server.ts). */
    PAGE_CONCURRENCY: withDefault(z.coerce.number().int().min(1).max(256), 2),
    PAGE_QUEUE_PER_CLIENT: withDefault(z.coerce.number().int().min(0).max(10_000), 64),
    SHUTDOWN_GRACE_MS: withDefault(z.coerce.number().int().min(0).max(600_000), 10_000),
    LOG_LEVEL: withDefault(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
  })
  .superRefine((env, context) => {
    // Development generates one into .env.local; in production a generated secret would differ on
    // every new machine or deploy and silently sign everyone out, so it must be given.
    if (env.NODE_ENV === 'production' && !env.AUTH_SECRET) {
      context.addIssue({
        code: 'custom',
        path: ['AUTH_SECRET'],
        message: 'is required when NODE_ENV=production (e.g. `openssl rand -base64 32`; keep the same value across deploys)',
      })
    }
  })

export type Env = z.output<typeof envSchema>

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Parses the environment; a bad value throws one line naming the variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  const name = issue.path.join('.')
  throw new ConfigError(`Invalid configuration: ${name} ${issue.message}`)
}
