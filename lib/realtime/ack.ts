/**
 * Every acknowledgement of a client event: the result, or why it failed (with field errors for a
 * bad payload). Framework-free, so the server's handlers and the browser's room hook share it.
 */
export type Ack = ({ ok: true } & Record<string, unknown>) | { ok: false; error: string; code: string; errors?: Record<string, string[]> }
