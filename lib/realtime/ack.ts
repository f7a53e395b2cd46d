import type { AckError } from '@/lib/schemas/socket-events'

/**
 * Any acknowledgement of a client event: the result, or why it failed (with field errors for a
 * bad payload). Each event's own answer is typed by the event map (lib/schemas/socket-events.ts:
 * `ClientEventAck<E>`); this is their common shape. Framework-free, like the map.
 */
export type Ack = ({ ok: true } & Record<string, unknown>) | AckError
