import type { Server as HttpServer } from 'node:http'
import { Server } from 'socket.io'
import { authenticate } from '@/lib/auth/authenticate'
import type { AuthUser } from '@/lib/auth/auth-user'
import { config } from '@/lib/config'
import { logger } from '@/lib/log/logger'

export interface SocketData {
  user: AuthUser
}

/**
 * Socket.IO on the same HTTP server as Next and the API. Only the connection plumbing lives here:
 * every connection authenticates (bearer token in `auth.token` or the Authorization header, else
 * the dashboard cookie) from our own origin. Rooms and events build on it.
 */
export function attachSocketServer(httpServer: HttpServer): Server {
  const appOrigin = new URL(config().APP_URL).origin
  const io = new Server<Record<string, never>, Record<string, never>, Record<string, never>, SocketData>(httpServer, {
    serveClient: false,
    // Next attaches its own upgrade listener (HMR) lazily; Socket.IO must not destroy those upgrades.
    destroyUpgrade: false,
    maxHttpBufferSize: 64 * 1024,
    // Browsers send Origin; native clients usually do not. A foreign browser origin is refused.
    allowRequest: (req, callback) => callback(null, !req.headers.origin || req.headers.origin === appOrigin),
  })
  io.use(async (socket, next) => {
    const token = typeof socket.handshake.auth?.token === 'string' ? socket.handshake.auth.token : undefined
    try {
      const user = await authenticate({
        authorization: token ? `Bearer ${token}` : socket.handshake.headers.authorization,
        cookie: socket.handshake.headers.cookie,
      })
      if (!user) return next(new Error('unauthorized'))
      socket.data.user = user
      next()
    } catch (error) {
      logger().error({ err: error }, 'socket authentication failed')
      next(new Error('unavailable'))
    }
  })
  io.on('connection', (socket) => {
    logger().debug({ userId: socket.data.user.id, socket: socket.id }, 'socket connected')
  })
  return io as unknown as Server
}
