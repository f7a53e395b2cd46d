/*
 * Process-wide state lives here and nowhere else. server.ts's import graph and Next's bundle each
 * load their own copy of lib/, so a module-level variable would exist twice in one process (two
 * database clients, two event buses, two rate-limit counters). A value kept under a registry symbol
 * on globalThis is one per process, whichever copy asks first. tests/unit/architecture-module-state.test.ts
 * keeps module-level mutable state and globalThis out of the rest of lib/.
 */

export interface ProcessSingleton<T> {
  /** The process's value, made by `create` on first use. */
  get(): T
  /** The value if one is held now, without making it. */
  peek(): T | undefined
  /** Replaces the value (a database opened elsewhere, a test's stand-in). */
  set(value: T): void
  /** Forgets the value and returns it; the next `get` makes a new one. */
  clear(): T | undefined
}

type Registry = Record<symbol, Box<unknown> | undefined>

/** One slot per key, shared by every copy: copies keep a reference to it, not to globalThis. */
interface Box<T> {
  held: boolean
  value: T | undefined
}

/**
 * The value stored under `Symbol.for('vicross.' + key)` on globalThis, made lazily. Every copy of a
 * module that asks for the same key gets the same value, so the key must name one kind of value.
 * The symbol holds a box that each copy keeps: `get` on a hot path (the database, the config) is
 * then a field read, not a lookup among globalThis's properties.
 */
export function processSingleton<T>(key: string, create: () => T): ProcessSingleton<T> {
  const symbol = Symbol.for(`vicross.${key}`)
  const registry = globalThis as unknown as Registry
  const box = (registry[symbol] ??= { held: false, value: undefined }) as Box<T>
  return {
    get() {
      if (!box.held) {
        box.value = create()
        box.held = true
      }
      return box.value as T
    },
    peek() {
      return box.value
    },
    set(value) {
      box.value = value
      box.held = true
    },
    clear() {
      const value = box.value
      box.value = undefined
      box.held = false
      return value
    },
  }
}
