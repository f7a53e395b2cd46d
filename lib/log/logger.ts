import pino from 'pino'

const LOGGER = Symbol.for('vicross.logger')
type Holder = typeof globalThis & { [LOGGER]?: pino.Logger }

const level = () => process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'silent' : 'info')

/** One JSON logger per process. Secrets never reach it: the redact list is a second line of defence. */
export function logger(): pino.Logger {
  const holder = globalThis as Holder
  return (holder[LOGGER] ??= pino({
    level: level(),
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['password', '*.password', 'token', '*.token', '*.access_token', '*.refresh_token', 'req.headers.authorization', 'req.headers.cookie'],
      censor: '[redacted]',
    },
  }))
}
