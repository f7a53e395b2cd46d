/**
 * The IANA zones this server knows, for the booth form's select. Computed on the server and passed
 * down, so that server and browser render the same options (their ICU data may differ).
 */
export function timezoneOptions(): string[] {
  const zones = Intl.supportedValuesOf('timeZone')
  return zones.includes('UTC') ? zones : ['UTC', ...zones]
}
