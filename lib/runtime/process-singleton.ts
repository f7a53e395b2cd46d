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

type Registry = Record<symbol, unknown>

/**
 * The value stored under `Symbol.for('vicross.' + key)` on globalThis, made lazily. Every copy of a
 * module that asks for the same key gets the same value, so the key must name one kind of value.
 */
export function processSingleton<T>(key: string, create: () => T): ProcessSingleton<T> {
  const symbol = Symbol.for(`vicross.${key}`)
  const registry = globalThis as unknown as Registry
  return {
    get() {
      if (!(symbol in registry)) registry[symbol] = create()
      return registry[symbol] as T
    },
    peek() {
      return registry[symbol] as T | undefined
    },
    set(value) {
      registry[symbol] = value
    },
    clear() {
      const value = registry[symbol] as T | undefined
      delete registry[symbol]
      return value
    },
  }
}
