/*
 * Fair admission for page renders. Server rendering is CPU work on one thread: a crowd of requests
 * from one client (a script, a reload storm) used to share the CPU with everyone else's, so every
 * page waited behind the whole crowd (measured: p99 12.8 s at 200 connections). Here at most
 * `concurrency` renders run at once; the rest wait in one queue per client, served round robin, so
 * another client's page waits for about one render, not for the crowd. A client's queue is bounded
 * and so is the wait: past either, the answer is 503 with Retry-After at once.
 */
export interface PageSchedulerOptions {
  /** Renders in flight at once. */
  concurrency: number
  /** Requests one client may have waiting; more answer 503. */
  queuePerClient: number
  /** How long a request may wait for its turn before it answers 503. */
  maxWaitMs: number
}

interface Waiting {
  start: () => void
  refuse: () => void
  timer: NodeJS.Timeout
}

export interface PageScheduler {
  /**
   * Runs `start` when the request's turn comes; `start` calls `done` once the response is over.
   * `refuse` answers the request instead when it may not wait. Returns a function that withdraws a
   * request still waiting (its client went away).
   */
  submit(client: string, start: (done: () => void) => void, refuse: () => void): () => void
  stats(): { running: number; waiting: number; clients: number }
}

export function createPageScheduler(options: PageSchedulerOptions): PageScheduler {
  let running = 0
  // Insertion order is the round-robin order: a client served moves to the back.
  const queues = new Map<string, Waiting[]>()

  const dispatch = () => {
    while (running < options.concurrency && queues.size > 0) {
      const [client, queue] = queues.entries().next().value as [string, Waiting[]]
      const next = queue.shift()!
      queues.delete(client)
      if (queue.length) queues.set(client, queue)
      clearTimeout(next.timer)
      running++
      next.start()
    }
  }

  const release = () => {
    running--
    dispatch()
  }

  return {
    submit(client, start, refuse) {
      let finished = false
      const done = () => {
        if (finished) return
        finished = true
        release()
      }
      const run = () => start(done)
      if (running < options.concurrency && queues.size === 0) {
        running++
        run()
        return () => {}
      }
      const queue = queues.get(client) ?? []
      if (queue.length >= options.queuePerClient) {
        refuse()
        return () => {}
      }
      const withdraw = () => {
        const index = queue.indexOf(waiting)
        if (index === -1) return
        queue.splice(index, 1)
        clearTimeout(waiting.timer)
        if (!queue.length && queues.get(client) === queue) queues.delete(client)
      }
      const waiting: Waiting = {
        start: run,
        refuse,
        timer: setTimeout(() => {
          withdraw()
          refuse()
        }, options.maxWaitMs),
      }
      queue.push(waiting)
      queues.set(client, queue)
      return withdraw
    },
    stats: () => ({ running, waiting: [...queues.values()].reduce((sum, queue) => sum + queue.length, 0), clients: queues.size }),
  }
}

// Next's built assets and the icons are files, not renders: they never wait.
const STATIC = /^\/(_next\/static\/|favicon\.ico$|icon\.svg$|robots\.txt$|manifest\.webmanifest$|icon-(192|512)\.png$|apple-touch-icon\.png$)/

export const isStaticAsset = (path: string) => STATIC.test(path)

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.0)?=([^;]{16,})/

/** Whose queue a page request joins: the dashboard session when there is one, else the address. */
export function pageClientKey(cookieHeader: string | undefined, address: string | null): string {
  const session = cookieHeader?.match(SESSION_COOKIE)?.[1]
  return session ? `session:${session.slice(-48)}` : `address:${address ?? 'unknown'}`
}
