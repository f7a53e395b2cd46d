import { RedisAdapter } from '@socket.io/redis-adapter'
import { Redis, type Command, type CommonRedisOptions } from 'ioredis'
import type { BroadcastOptions } from 'socket.io-adapter'
import { logger } from '@/lib/log/logger'

/*
 * Several server processes share rooms through Redis pub/sub (@socket.io/redis-adapter's classic
 * adapter). Not the Streams adapter: its selling point is connection-state recovery, and our rooms
 * already resume from their own per-room `seq` in the database, so a stream would only add Redis
 * memory and a polling loop.
 *
 * Redis is an accelerator here, never a dependency: while it is away every process keeps serving
 * its own sockets (local broadcasts go out, sends are stored and acknowledged), cross-process
 * broadcasts are dropped (clients resume with `last_seq`), and questions to every process
 * (fetchSockets: presence, members) fall back to this process's sockets after a short timeout.
 */

/** How long a question to every process (fetchSockets) may take before this process answers alone. */
export const REDIS_REQUESTS_TIMEOUT_MS = 1_500
/** Reconnect delay: 100 ms doubling to 2 s, forever. */
const retryStrategy = (times: number) => Math.min(100 * 2 ** Math.min(times - 1, 5), 2_000)

/**
 * An ioredis client whose fire-and-forget commands cannot crash the process: the adapter publishes
 * without awaiting, and a publish refused during an outage would otherwise be an unhandled
 * rejection. Callers that await a command still see its error.
 */
class QuietRedis extends Redis {
  override sendCommand(command: Command, stream?: Parameters<Redis['sendCommand']>[1]): unknown {
    const result = super.sendCommand(command, stream)
    if (typeof (result as PromiseLike<unknown> | undefined)?.then === 'function') (result as PromiseLike<unknown>).then(undefined, () => {})
    return result
  }
}

type ClientOptions = Pick<CommonRedisOptions, 'enableOfflineQueue' | 'maxRetriesPerRequest' | 'commandTimeout' | 'autoResubscribe'>

function client(url: string, role: 'pub' | 'sub', options: ClientOptions): Redis {
  const redis = new QuietRedis(url, { retryStrategy, connectionName: `vicross-socket-${role}`, ...options })
  let down = false
  // ioredis emits an error per failed reconnect: log the outage once, and its end.
  redis.on('error', (error: Error) => {
    if (down) return
    down = true
    logger().warn({ err: error.message, client: role }, 'socket.io redis unavailable: serving this process’s sockets only until it returns')
  })
  redis.on('ready', () => {
    if (!down) return
    down = false
    logger().info({ client: role }, 'socket.io redis reconnected')
  })
  return redis
}

/** Closes a client without waiting on a Redis that may be gone. */
async function release(redis: Redis): Promise<void> {
  if (redis.status !== 'ready') return redis.disconnect()
  const timer = setTimeout(() => redis.disconnect(), 1_000)
  await redis.quit().catch(() => redis.disconnect())
  clearTimeout(timer)
}

const deadline = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    promise.then(resolve, reject).finally(() => clearTimeout(timer))
  })

/**
 * The Redis adapter, answering with this process's own sockets when the others cannot be asked
 * (Redis down, a process not answering in time): presence and member lists are then partial for a
 * while, but a join or an acknowledgement never hangs or fails because of Redis.
 */
class ResilientRedisAdapter extends RedisAdapter {
  constructor(
    nsp: unknown,
    pub: Redis,
    sub: Redis,
    private readonly onClose: () => Promise<void>,
  ) {
    super(nsp, pub, sub, { key: 'vicross:socket.io', requestsTimeout: REDIS_REQUESTS_TIMEOUT_MS, publishOnSpecificResponseChannel: true })
  }

  override async fetchSockets(opts: BroadcastOptions) {
    if (opts.flags?.local) return super.fetchSockets(opts)
    try {
      return await deadline(super.fetchSockets(opts), REDIS_REQUESTS_TIMEOUT_MS + 500)
    } catch (error) {
      logger().debug({ err: (error as Error).message }, 'fetchSockets across processes failed; answering with local sockets')
      return super.fetchSockets({ ...opts, flags: { ...opts.flags, local: true } })
    }
  }

  override async close() {
    // With Redis gone the unsubscribes fail quietly and the clients are dropped.
    super.close()
    await this.onClose()
  }
}

/**
 * The adapter factory for `io.adapter(...)`: one publishing and one subscribed client, reconnecting
 * forever with backoff. The publisher has no offline queue (a publish during an outage fails at
 * once instead of piling up in memory) and a command timeout; the subscriber queues only its own
 * few subscriptions until Redis answers, and re-subscribes after every reconnect. The clients are
 * closed when the Socket.IO server closes (io.close() closes each namespace's adapter).
 */
export function redisAdapter(url: string) {
  const pub = client(url, 'pub', { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 2_000 })
  const sub = client(url, 'sub', { maxRetriesPerRequest: null, autoResubscribe: true })
  let open = 0
  const closeOne = async () => {
    if (--open > 0) return
    await Promise.all([release(pub), release(sub)])
  }
  // Socket.IO calls it with `new`: a function, not an arrow.
  return function createAdapter(nsp: unknown) {
    open++
    return new ResilientRedisAdapter(nsp, pub, sub, closeOne)
  }
}
