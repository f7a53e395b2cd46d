// Every keyboard shortcut of the dashboard, in one place: the `?` dialog lists them all, and the
// review queue shows its own group beside the list it works on. Single keys act only when focus is
// not in a text field, so typing never triggers them.

import type { Messages } from '@/messages'

/** Names in messages: shell.shortcuts.items.* and shell.shortcuts.groups.*. */
export type ShortcutKey = keyof Messages['shell']['shortcuts']['items']
export type ShortcutGroupKey = keyof Messages['shell']['shortcuts']['groups']

export interface Shortcut {
  /** The keys as shown, each in its own <kbd>: alternatives ("↑" or "↓"); a chord is one entry ("Shift+Enter"). */
  keys: string[]
  key: ShortcutKey
}

export interface ShortcutGroup {
  key: ShortcutGroupKey
  shortcuts: Shortcut[]
}

export const GLOBAL_SHORTCUTS: ShortcutGroup = {
  key: 'global',
  shortcuts: [
    { keys: ['Ctrl+K', '⌘K'], key: 'palette' },
    { keys: ['?'], key: 'help' },
    { keys: ['/'], key: 'search' },
    { keys: ['Esc'], key: 'escape' },
  ],
}

export const REVIEW_SHORTCUTS: ShortcutGroup = {
  key: 'review',
  shortcuts: [
    { keys: ['↑', '↓'], key: 'previousNext' },
    { keys: ['k', 'j'], key: 'previousNext' },
    { keys: ['a'], key: 'accept' },
    { keys: ['r'], key: 'reject' },
    { keys: ['x'], key: 'select' },
  ],
}

export const TEXT_SHORTCUTS: ShortcutGroup = {
  key: 'text',
  shortcuts: [
    { keys: ['Enter'], key: 'send' },
    { keys: ['Shift+Enter'], key: 'newLine' },
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
