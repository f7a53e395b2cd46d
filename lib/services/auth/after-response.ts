import { logger } from '@/lib/log/logger'
import { processSingleton } from '@/lib/runtime/process-singleton'

/** Tasks started by `afterResponse` and not finished yet (one set per process). */
const running = processSingleton('auth-after-response', () => new Set<Promise<void>>())

/**
 * Runs `task` after the current request has answered (it starts on a later turn of the event loop),
 * for work whose extent depends on whether an email has an account — looking it up, storing a code,
 * mailing it — when the answer does not: its cost then never shows in the response time. Failures
 * are logged, never thrown: the client has its answer already.
 */
export function afterResponse(label: string, task: () => Promise<void>): void {
  const tasks = running.get()
  const run: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
    .then(task)
    .catch((error: unknown) => logger().error({ err: error }, `${label} failed`))
    .finally(() => tasks.delete(run))
  tasks.add(run)
}

/** Resolves once every task started so far (and any they started) has finished: for tests and shutdown. */
export async function settleAfterResponse(): Promise<void> {
  const tasks = running.get()
  while (tasks.size > 0) await Promise.all([...tasks])
}
