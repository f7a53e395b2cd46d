import { z } from 'zod'

/** `authenticate {token}` on an open socket: a fresher access token for the same user. */
export const authenticateEventSchema = z.object({ token: z.string().trim().min(1, 'Token is required').max(4096) })
