import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPageScheduler, isStaticAsset, pageClientKey } from '@/lib/server/page-scheduler'

/** A request submitted to the scheduler: whether it started, was refused, and how to finish it. */
function request(scheduler: ReturnType<typeof createPageScheduler>, client: string, log: string[], name = client) {
  const state = { started: false, refused: false, finish: () => {}, withdraw: () => {} }
  state.withdraw = scheduler.submit(
    client,
    (done) => {
      state.started = true
      log.push(name)
      state.finish = done
    },
    () => {
      state.refused = true
    },
  )
  return state
}

describe('page scheduler', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('runs at most `concurrency` renders at once and starts the next when one ends', () => {
    const scheduler = createPageScheduler({ concurrency: 2, queuePerClient: 10, maxWaitMs: 10_000 })
    const log: string[] = []
    const [a, b, c] = [request(scheduler, 'x', log, 'a'), request(scheduler, 'x', log, 'b'), request(scheduler, 'x', log, 'c')]
    expect([a.started, b.started, c.started]).toEqual([true, true, false])
    a.finish()
    a.finish() // twice: counted once
    expect(c.started).toBe(true)
    expect(scheduler.stats()).toEqual({ running: 2, waiting: 0, clients: 0 })
  })

  it('serves waiting clients round robin, so a newcomer does not wait behind a crowd', () => {
    const scheduler = createPageScheduler({ concurrency: 1, queuePerClient: 100, maxWaitMs: 10_000 })
    const log: string[] = []
    const first = request(scheduler, 'crowd', log, 'crowd-0')
    const crowd = Array.from({ length: 5 }, (_, i) => request(scheduler, 'crowd', log, `crowd-${i + 1}`))
    const newcomer = request(scheduler, 'newcomer', log)
    first.finish()
    expect(log).toEqual(['crowd-0', 'crowd-1'])
    crowd[0]!.finish()
    // The newcomer arrived after five of the crowd's requests, and goes second.
    expect(newcomer.started).toBe(true)
    expect(log).toEqual(['crowd-0', 'crowd-1', 'newcomer'])
  })

  it('refuses a client past its own queue, and a request that waited too long', () => {
    const scheduler = createPageScheduler({ concurrency: 1, queuePerClient: 2, maxWaitMs: 5_000 })
    const log: string[] = []
    request(scheduler, 'busy', log)
    const queued = [request(scheduler, 'busy', log), request(scheduler, 'busy', log)]
    const over = request(scheduler, 'busy', log)
    const other = request(scheduler, 'other', log)
    expect(over.refused).toBe(true)
    expect(other.refused).toBe(false)
    vi.advanceTimersByTime(5_000)
    expect([...queued, other].map((waiting) => waiting.refused)).toEqual([true, true, true])
    expect(scheduler.stats()).toEqual({ running: 1, waiting: 0, clients: 0 })
  })

  it('forgets a request whose client went away before its turn', () => {
    const scheduler = createPageScheduler({ concurrency: 1, queuePerClient: 10, maxWaitMs: 10_000 })
    const log: string[] = []
    const running = request(scheduler, 'x', log, 'running')
    const gone = request(scheduler, 'x', log, 'gone')
    const next = request(scheduler, 'x', log, 'next')
    gone.withdraw()
    running.finish()
    expect(log).toEqual(['running', 'next'])
    vi.advanceTimersByTime(20_000)
    expect(gone.refused).toBe(false)
    expect(next.refused).toBe(false)
  })

  it('keys a request by its dashboard session, else by its address; static files never wait', () => {
    const token = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..abcdefghijklmnop'
    expect(pageClientKey(`theme=dark; next-auth.session-token=${token}`, '192.0.2.1')).toBe(`session:${token.slice(-48)}`)
    expect(pageClientKey(`__Secure-next-auth.session-token.0=${token}`, '192.0.2.1')).toBe(`session:${token.slice(-48)}`)
    expect(pageClientKey('theme=dark', '192.0.2.1')).toBe('address:192.0.2.1')
    expect(pageClientKey(undefined, null)).toBe('address:unknown')
    expect(isStaticAsset('/_next/static/chunks/app.js')).toBe(true)
    expect(isStaticAsset('/users')).toBe(false)
    for (const file of ['/favicon.ico', '/icon.svg', '/robots.txt', '/manifest.webmanifest', '/icon-192.png', '/icon-512.png', '/apple-touch-icon.png']) {
      expect([file, isStaticAsset(file)]).toEqual([file, true])
    }
    expect(isStaticAsset('/robots.txt/users')).toBe(false)
  })
})
