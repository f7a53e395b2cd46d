import pino from 'pino'
import { processSingleton } from '@/lib/runtime/process-singleton'

const level = () => process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'silent' : 'info')

const instance = processSingleton('logger', () =>
  pino({
    level: level(),
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['password', '*.password', 'token', '*.token', '*.access_token', '*.refresh_token', 'req.headers.authorization', 'req.headers.cookie'],
      censor: '[redacted]',
    },
  }),
)

/** One JSON logger per process. Secrets never reach it: the redact list is a second line of defence. */
export function logger(): pino.Logger {
  return instance.get()
}

/** Swaps the process's logger (a test capturing log lines); returns the one it replaced. */
export function replaceLogger(next: pino.Logger): pino.Logger {
  const previous = instance.get()
  instance.set(next)
  return previous
}
