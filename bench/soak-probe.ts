// Preloaded into the server only by `npm run soak` (node --import tsx --import ./bench/soak-probe.ts
// server.ts): reports heap and event-loop delay to the parent over the IPC channel every
// SOAK_PROBE_MS. Nothing of this exists in a normal start.
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks'

if (process.send) {
  const delay = monitorEventLoopDelay({ resolution: 10 })
  delay.enable()
  // The heap right after a full collection is what the process really retains: a leak shows as a
  // rising floor, whereas heapUsed at a random moment is a sawtooth between collections.
  let floor = Number.POSITIVE_INFINITY
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if ((entry as unknown as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
        floor = Math.min(floor, process.memoryUsage().heapUsed)
    }
  }).observe({ entryTypes: ['gc'] })
  const ms = (ns: number) => Math.round(ns / 1e4) / 100
  setInterval(
    () => {
      const memory = process.memoryUsage()
      process.send?.({
        type: 'soak-sample',
        heapUsed: memory.heapUsed,
        heapTotal: memory.heapTotal,
        // Buffers and other memory V8 knows of outside its heap; RSS beyond heapTotal + external is
        // native memory V8 does not see (argon2's blocks, the allocator's arenas, code).
        external: memory.external,
        heapAfterGc: Number.isFinite(floor) ? floor : null,
        lagP99: ms(delay.percentile(99)),
        lagMax: ms(delay.max),
      })
      delay.reset()
      floor = Number.POSITIVE_INFINITY
    },
    Number(process.env.SOAK_PROBE_MS ?? 5_000),
  ).unref()
  // The IPC channel must not keep a stopping server alive.
  process.channel?.unref()
}
