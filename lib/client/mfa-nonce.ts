/** 32 random bytes, base64url: the name a sign-in attempt's second-factor challenge is kept under. */
export function newMfaNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}
