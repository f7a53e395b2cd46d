import { LRUCache } from 'lru-cache'
import { onSessionsRevoked } from '@/lib/events/domain-events'
import { processSingleton } from '@/lib/runtime/process-singleton'

/*
 * Sign-ins (refresh-token families, dashboard sessions) recently found live, so that the per-request
 * user statement need not ask again: the EXISTS that asks was a fifth of a profile read
 * (`npm run bench:revocation`). A sign-in ended in this process is forgotten at once (the services
 * publish every ending after commit); one ended in another process is noticed here within LIVE_FOR_MS,
 * when the entry runs out and the database is asked again. Ending a user's every sign-in also bumps
 * their session version, which the statement still checks on every request.
 */
export const LIVE_FOR_MS = 1_000
const MAX_ENTRIES = 10_000

const cache = processSingleton('live-sign-ins', () => {
  const live = new LRUCache<string, true>({ max: MAX_ENTRIES, ttl: LIVE_FOR_MS, ttlAutopurge: false })
  onSessionsRevoked((event) => {
    const ended = event.familyId ?? event.sessionId
    if (ended) live.delete(key(event.userId, ended))
    else for (const entry of live.keys()) if (entry.startsWith(`${event.userId}:`)) live.delete(entry)
  })
  return live
})

const key = (userId: string, signInId: string) => `${userId}:${signInId}`

/** Whether this sign-in was found live less than LIVE_FOR_MS ago (and not ended here since). */
export const knownLive = (userId: string, signInId: string): boolean => cache.get().get(key(userId, signInId)) === true

export const rememberLive = (userId: string, signInId: string): void => void cache.get().set(key(userId, signInId), true)
