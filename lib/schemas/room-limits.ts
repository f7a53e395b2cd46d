// The live rooms' limits, without zod: the dashboard's browser code (composer, room dialog, history)
// imports these, and importing lib/schemas/rooms.ts would put all of zod into its pages.
// lib/schemas/rooms.ts builds the schemas from these same numbers.

/** Message length after trimming; the socket frame limit (64 kB) bounds the raw payload anyway. */
export const MESSAGE_MAX = 2000
export const ROOM_NAME_MAX = 120
/** How many messages a joiner gets, and the most one history page or resume answer holds. */
export const RECENT_MESSAGES = 50
export const HISTORY_PAGE_MAX = 100
export const RESUME_MAX = 500
/** The most members a `room_members` answer lists (the `online` count stays exact). */
export const MEMBERS_MAX = 100
