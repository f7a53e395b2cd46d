import { config } from '@/lib/config'

/** The relying party: passkeys are bound to APP_URL's host name, and answers must come from its origin. */
export function relyingParty(): { id: string; name: string; origin: string } {
  const url = new URL(config().APP_URL)
  return { id: url.hostname, name: 'VI Cross', origin: url.origin }
}
