import type { Server as HttpServer } from 'node:http'
import { Server, type ServerOptions } from 'socket.io'
import { authenticateSession, type Credentials } from '@/lib/auth/authenticate'
import { mustEnrolSecondFactor } from '@/lib/services/mfa/mfa-policy'
import { config } from '@/lib/config'
import { CORS_MAX_AGE_SECONDS, isAllowedCorsOrigin } from '@/lib/http/cors'
import { isOtherOrigin } from '@/lib/http/cross-site'
import { logger } from '@/lib/log/logger'
import { attachBoothStatusFeed } from './booth-status-feed'
import { attachLeadFeed } from './lead-feed'
import { attachDashboardFeed } from './dashboard-feed'
import { setPresenceServer } from './presence'
import { DEFAULT_RECHECK_MS, sweepConnections } from './recheck-user'
import { redisAdapter } from './redis-adapter'
import { registerRoomEvents } from './register-room-events'
import { attachRevocation, userRoom } from './revocation'
import { registerSessionEvents } from './session-expiry'
import type { RealtimeServer } from './socket-types'

export type { SocketData } from './socket-types'

/** The polling transport's CORS answers for CORS_ORIGINS (engine.io's `cors` package); the policy is lib/http/cors.ts. */
function socketCors(origins: readonly string[]): ServerOptions['cors'] {
  return {
    origin: (origin, callback) => callback(null, isAllowedCorsOrigin(origin, origins) ? origin : false),
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type'],
    credentials: false,
    maxAge: CORS_MAX_AGE_SECONDS,
  }
}

export interface SocketServerOptions {
  /** How long a connection's user is trusted before an event re-checks it (tests use 0). */
  recheckMs?: number
  /** How often idle connections are re-checked (default: every minute). */
  sweepMs?: number
  /** Share rooms with other processes through this Redis (default: REDIS_URL; unset: this process alone). */
  redisUrl?: string
}

/**
 * Socket.IO on the same HTTP server as Next and the API. Every connection authenticates (bearer
 * token in `auth.token` or the Authorization header, else the dashboard cookie) from our own
 * origin; the live-room events are registered per connection. With REDIS_URL the rooms span every
 * process through the Redis adapter (see redis-adapter.ts for what happens while Redis is away).
 * A connection ends when its credentials expire, unless the client re-authenticates, and at once
 * when its user's sessions are revoked (revocation.ts); a sweep re-checks idle ones as a backstop.
 */
export function attachSocketServer(httpServer: HttpServer, options: SocketServerOptions = {}): Server {
  const appOrigin = new URL(config().APP_URL).origin
  const corsOrigins = config().CORS_ORIGINS
  const recheckMs = options.recheckMs ?? DEFAULT_RECHECK_MS
  const redisUrl = options.redisUrl ?? config().REDIS_URL
  const io: RealtimeServer = new Server(httpServer, {
    // Without Redis: the in-memory adapter, this process alone. io.close() closes the Redis clients.
    ...(redisUrl ? { adapter: redisAdapter(redisUrl) } : {}),
    serveClient: false,
    // Next attaches its own upgrade listener (HMR) lazily; Socket.IO must not destroy those upgrades.
    destroyUpgrade: false,
    maxHttpBufferSize: 64 * 1024,
    // Browsers send Origin; native clients usually do not. A foreign browser origin is refused;
    // CORS_ORIGINS' are let in (polling answers them with CORS headers, never credentials).
    allowRequest: (req, callback) =>
      callback(null, !req.headers.origin || req.headers.origin === appOrigin || isAllowedCorsOrigin(req.headers.origin, corsOrigins)),
    ...(corsOrigins.length > 0 ? { cors: socketCors(corsOrigins) } : {}),
  })
  io.use(async (socket, next) => {
    const token = typeof socket.handshake.auth?.token === 'string' ? socket.handshake.auth.token : undefined
    const credentials: Credentials = {
      authorization: token ? `Bearer ${token}` : socket.handshake.headers.authorization,
      // From another origin (one of CORS_ORIGINS, or allowRequest would have refused it): bearer only.
      cookie: isOtherOrigin(socket.handshake.headers.origin, appOrigin) ? undefined : socket.handshake.headers.cookie,
    }
    try {
      const session = await authenticateSession(credentials)
      if (!session) return next(new Error('unauthorized'))
      // Staff who must first set up a second factor reach nothing but that set-up (HTTP: 403).
      if (await mustEnrolSecondFactor(session.user)) return next(new Error('mfa_enrolment_required'))
      socket.data.user = session.user
      socket.data.credentials = credentials
      socket.data.checkedAt = Date.now()
      socket.data.checkRevision = 0
      socket.data.expiresAt = session.expiresAt
      next()
    } catch (error) {
      logger().error({ err: error }, 'socket authentication failed')
      next(new Error('unavailable'))
    }
  })
  io.on('connection', (socket) => {
    logger().debug({ userId: socket.data.user.id, socket: socket.id }, 'socket connected')
    // Where a revocation finds the user's connections, in every process (revocation.ts).
    void socket.join(userRoom(socket.data.user.id))
    registerSessionEvents(socket)
    registerRoomEvents(io, socket, { recheckMs })
  })
  setPresenceServer(io)
  httpServer.once('close', attachDashboardFeed(io))
  httpServer.once('close', attachBoothStatusFeed(io))
  httpServer.once('close', attachLeadFeed(io))
  httpServer.once('close', attachRevocation(io, { crossProcess: Boolean(redisUrl) }))
  const stopSweep = sweepConnections(io, options.sweepMs ?? DEFAULT_RECHECK_MS, recheckMs)
  // io.close() closes the HTTP server too.
  httpServer.once('close', stopSweep)
  return io as unknown as Server
}
