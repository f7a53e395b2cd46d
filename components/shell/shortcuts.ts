// Every keyboard shortcut of the dashboard, in one place: the `?` dialog lists them all, and the
// review queue shows its own group beside the list it works on. Single keys act only when focus is
// not in a text field, so typing never triggers them.

export interface Shortcut {
  /** The keys as shown, each in its own <kbd>: alternatives ("↑" or "↓"); a chord is one entry ("Shift+Enter"). */
  keys: string[]
  label: string
}

export interface ShortcutGroup {
  title: string
  shortcuts: Shortcut[]
}

export const GLOBAL_SHORTCUTS: ShortcutGroup = {
  title: 'Everywhere',
  shortcuts: [
    { keys: ['Ctrl+K', '⌘K'], label: 'Command palette: find a user, company, booth or room, or run a command' },
    { keys: ['?'], label: 'Show these shortcuts' },
    { keys: ['/'], label: 'Search the table on this page' },
    { keys: ['Esc'], label: 'Close a dialog or menu (focus goes back to what opened it)' },
  ],
}

export const REVIEW_SHORTCUTS: ShortcutGroup = {
  title: 'Review queue (on a focused booth)',
  shortcuts: [
    { keys: ['↑', '↓'], label: 'Previous or next booth' },
    { keys: ['k', 'j'], label: 'Previous or next booth' },
    { keys: ['a'], label: 'Accept' },
    { keys: ['r'], label: 'Reject with a reason' },
    { keys: ['x'], label: 'Select' },
  ],
}

export const TEXT_SHORTCUTS: ShortcutGroup = {
  title: 'Writing a chat message or a rejection reason',
  shortcuts: [
    { keys: ['Enter'], label: 'Send' },
    { keys: ['Shift+Enter'], label: 'New line' },
  ],
}

export const SHORTCUT_GROUPS: ShortcutGroup[] = [GLOBAL_SHORTCUTS, REVIEW_SHORTCUTS, TEXT_SHORTCUTS]

/** Whether a key press belongs to what the user is typing rather than to a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)
}
