import Bowser from 'bowser'

/** "Chrome 131 on Linux", "Safari on iOS", or the client's own name for an app ("okhttp 4.12"). */
export function deviceLabel(userAgent: string | null | undefined): string {
  if (!userAgent) return 'Unknown device'
  const { browser, os } = Bowser.parse(userAgent)
  const major = browser.version?.split('.')[0]
  const name = browser.name ? `${browser.name}${major ? ` ${major}` : ''}` : (userAgent.split(/[\s/]/)[0] ?? 'Unknown client')
  return os.name ? `${name} on ${os.name}` : name
}

/** What makes two sign-ins "the same device" for the new-device notice: the browser (any version) and the system. */
export function deviceKind(userAgent: string | null | undefined): string {
  if (!userAgent) return 'unknown'
  const { browser, os } = Bowser.parse(userAgent)
  return `${browser.name ?? userAgent.split(/[\s/]/)[0]}|${os.name ?? ''}`
}
