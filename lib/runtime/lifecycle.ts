const STATE = Symbol.for('vicross.lifecycle')
type Holder = typeof globalThis & { [STATE]?: { shuttingDown: boolean } }
const state = ((globalThis as Holder)[STATE] ??= { shuttingDown: false })

/** Once shutdown begins, readiness answers 503 so a load balancer stops sending traffic here. */
export const markShuttingDown = () => void (state.shuttingDown = true)
export const isShuttingDown = () => state.shuttingDown

/** Tests only: back to serving. */
export const resetLifecycle = () => void (state.shuttingDown = false)
