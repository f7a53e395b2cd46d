import { config } from '@/lib/config'

/** Whether "Continue with Google" is offered: only with a configured OAuth client. */
export function googleEnabled(): boolean {
  const { GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET } = config()
  return Boolean(GOOGLE_CLIENT_ID && GOOGLE_CLIENT_SECRET)
}
