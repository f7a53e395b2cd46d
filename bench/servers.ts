// Child servers of a benchmark run: started on free ports, awaited until ready, stopped with their
// whole process group (npm start → node), never by name.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

const running = new Set<ChildProcess>()

export async function startServer(command: string[], env: Record<string, string>, readyUrl: string, timeoutMs = 90_000): Promise<ChildProcess> {
  const child = spawn(command[0]!, command.slice(1), { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'], detached: true })
  running.add(child)
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command.join(' ')} exited with ${child.exitCode}`)
    if (
      await fetch(readyUrl)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return child
    await new Promise((r) => setTimeout(r, 250))
  }
  await stopServer(child)
  throw new Error(`${command.join(' ')} did not become ready at ${readyUrl}`)
}

export async function stopServer(child: ChildProcess): Promise<void> {
  running.delete(child)
  if (child.exitCode !== null || child.pid === undefined) return
  const exited = new Promise((r) => child.once('exit', r))
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    return
  }
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 15_000)
  await exited
  clearTimeout(timer)
}

/** Stops whatever is still running (an error or Ctrl-C mid-run). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stopServer))
}
