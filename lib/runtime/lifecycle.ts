import { processSingleton } from './process-singleton'

const state = processSingleton('lifecycle', () => ({ shuttingDown: false }))

/** Once shutdown begins, readiness answers 503 so a load balancer stops sending traffic here. */
export const markShuttingDown = () => void (state.get().shuttingDown = true)
export const isShuttingDown = () => state.get().shuttingDown

/** Tests only: back to serving. */
export const resetLifecycle = () => void (state.get().shuttingDown = false)
