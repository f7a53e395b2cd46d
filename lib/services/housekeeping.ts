import { logger } from '@/lib/log/logger'
import { purgeExpiredBooths } from './booths/purge-booths'
import { purgeExpiredCompanies } from './companies/purge-companies'
import { purgeExpiredIdempotencyKeys } from './idempotency/idempotency-keys'
import { purgeExpiredMfaChallenges } from './mfa/mfa-challenge'
import { purgeExpiredWebauthnChallenges } from './passkeys/webauthn-challenges'
import { purgeEndedDashboardSessions } from './sessions/dashboard-sessions'
import { purgeExpiredUsers } from './users/purge-users'

/** How often a server process deletes rows that can no longer be used. */
const HOUSEKEEPING_MS = 60 * 60 * 1000

/** Each purge, by name (for the log); one failing does not stop the others. */
const purges: Record<string, () => Promise<number>> = {
  'expired idempotency keys': () => purgeExpiredIdempotencyKeys(),
  'expired second-factor challenges': purgeExpiredMfaChallenges,
  'ended dashboard sessions': purgeEndedDashboardSessions,
  'expired passkey challenges': purgeExpiredWebauthnChallenges,
  'booths in the trash for over 30 days': () => purgeExpiredBooths(),
  'companies in the trash for over 30 days': () => purgeExpiredCompanies(),
  'accounts in the trash for over 30 days': () => purgeExpiredUsers(),
}

/**
 * Purges now and then every `everyMs` what no request will touch again (the keys of users who never
 * send another keyed request, challenges past their time, sessions long ended), so they do not pile
 * up. The timer never keeps the process alive; a failure is logged and retried next time. Returns
 * the function that stops it, resolving once a purge in progress has finished (call it before
 * closing the database).
 */
export function scheduleHousekeeping(everyMs = HOUSEKEEPING_MS): () => Promise<void> {
  let running: Promise<unknown> | undefined
  const purge = () => {
    running ??= Promise.all(
      Object.entries(purges).map(([what, run]) =>
        run()
          .then((count) => {
            if (count > 0) logger().debug({ count }, `${what} purged`)
          })
          .catch((error: unknown) => logger().warn({ err: error }, `purging ${what} failed`)),
      ),
    ).finally(() => {
      running = undefined
    })
  }
  purge()
  const timer = setInterval(purge, everyMs)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await running
  }
}
