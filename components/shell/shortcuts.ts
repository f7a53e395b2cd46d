// Every keyboard shortcut of the dashboard, in one place: the `?` dialog lists them all, and the
// review queue shows its own group beside the list it works on. Single keys act only when focus is
// not in a text field, so typing never triggers them.

import type { Messages } from '@/messages'

/** Names in messages: shell.shortcuts.items.* and shell.shortcuts.groups.* (the English `label`/`title` stay for older readers). */
export type ShortcutKey = keyof Messages['shell']['shortcuts']['items']
export type ShortcutGroupKey = keyof Messages['shell']['shortcuts']['groups']

export interface Shortcut {
  /** The keys as shown, each in its own <kbd>: alternatives ("↑" or "↓"); a chord is one entry ("Shift+Enter"). */
  keys: string[]
  key: ShortcutKey
  label: string
}

export interface ShortcutGroup {
  key: ShortcutGroupKey
  title: string
  shortcuts: Shortcut[]
}

export const GLOBAL_SHORTCUTS: ShortcutGroup = {
  key: 'global',
  title: 'Everywhere',
  shortcuts: [
    { keys: ['Ctrl+K', '⌘K'], key: 'palette', label: 'Command palette: find a user, company, booth or room, or run a command' },
    { keys: ['?'], key: 'help', label: 'Show these shortcuts' },
    { keys: ['/'], key: 'search', label: 'Search the table on this page' },
    { keys: ['Esc'], key: 'escape', label: 'Close a dialog or menu (focus goes back to what opened it)' },
  ],
}

export const REVIEW_SHORTCUTS: ShortcutGroup = {
  key: 'review',
  title: 'Review queue (on a focused booth)',
  shortcuts: [
    { keys: ['↑', '↓'], key: 'previousNext', label: 'Previous or next booth' },
    { keys: ['k', 'j'], key: 'previousNext', label: 'Previous or next booth' },
    { keys: ['a'], key: 'accept', label: 'Accept' },
    { keys: ['r'], key: 'reject', label: 'Reject with a reason' },
    { keys: ['x'], key: 'select', label: 'Select' },
  ],
}

export const TEXT_SHORTCUTS: ShortcutGroup = {
  key: 'text',
  title: 'Writing a chat message or a rejection reason',
  shortcuts: [
    { keys: ['Enter'], key: 'send', label: 'Send' },
    { keys: ['Shift+Enter'], key: 'newLine', label: 'New line' },
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
