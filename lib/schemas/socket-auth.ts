import { z } from 'zod'
import { text } from './text'

/** `authenticate {token}` on an open socket: a fresher access token for the same user. */
export const authenticateEventSchema = z.object({ token: text().trim().min(1, 'Token is required').max(4096) })
