/*
 * A typed VI Cross API client, generated from the served OpenAPI document (see README.md here):
 * signs in, reads the profile, creates a company with a logo, lists booths with filters and joins
 * a room. Run: VICROSS_URL=http://localhost:3000 VICROSS_EMAIL=… VICROSS_PASSWORD=… npx tsx client.ts
 */
import createClient from 'openapi-fetch'
import type { paths } from './generated/api'

const baseUrl = process.env.VICROSS_URL ?? 'http://localhost:3000'
const email = process.env.VICROSS_EMAIL ?? ''
const password = process.env.VICROSS_PASSWORD ?? ''

// A 1×1 transparent PNG: the smallest logo the API accepts by content.
const LOGO = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (char) =>
  char.charCodeAt(0),
)

/** Every multipart field as FormData: text as is, Blobs as files. */
function formData(fields: Record<string, string | Blob | undefined>): FormData {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    if (value instanceof Blob) body.append(name, value, `${name}.png`)
    else if (value !== undefined) body.append(name, value)
  }
  return body
}

async function main(): Promise<void> {
  const api = createClient<paths>({ baseUrl })

  const signIn = await api.POST('/api/auth/login', { body: { email, password } })
  if (signIn.error) throw new Error(`sign-in refused: ${signIn.response.status} ${signIn.error.message}`)
  // An account with two-step sign-in answers a challenge instead: finish it with a code (here from TOTP_CODE).
  let session = signIn.data.data
  if ('mfa_required' in session) {
    const code = process.env.TOTP_CODE
    if (!code) throw new Error('this account uses two-step sign-in: set TOTP_CODE to a current authenticator code')
    const second = await api.POST('/api/auth/mfa/verify', { body: { mfa_token: session.mfa_token, code } })
    if (second.error) throw new Error(`second factor refused: ${second.response.status} ${second.error.message}`)
    session = second.data.data
  }
  const { access_token: accessToken, user } = session
  api.use({ onRequest: ({ request }) => (request.headers.set('Authorization', `Bearer ${accessToken}`), request) })
  console.log(`signed in as ${user.email} (${user.role})`)

  const profile = await api.GET('/api/user/profile')
  if (profile.error) throw new Error(`profile: ${profile.error.message}`)
  console.log(`profile: ${profile.data.data.name ?? '(no name)'}, verified: ${profile.data.data.email_verified}`)

  const created = await api.POST('/api/company/create-company', {
    body: { name: `Example Co ${Date.now()}`, location: 'Hall A', image: new Blob([LOGO], { type: 'image/png' }) },
    bodySerializer: formData,
  })
  if (created.error) throw new Error(`create-company: ${created.response.status} ${created.error.message} ${JSON.stringify(created.error.errors ?? {})}`)
  console.log(`created company ${created.data.data.name} with logo ${created.data.data.image_url ?? 'none'}`)

  const booths = await api.GET('/api/tradebooth/get-details-tradebooths', { params: { query: { status: 'accepted', page_size: 5, sort: '-starts_at' } } })
  if (booths.error) throw new Error(`booths: ${booths.error.message}`)
  console.log(`accepted booths: ${booths.data.data.total} in all, first page ${booths.data.data.items.map((booth) => booth.title).join(', ') || '(none)'}`)

  const rooms = await api.GET('/api/rooms', { params: { query: { page_size: 1 } } })
  if (rooms.error) throw new Error(`rooms: ${rooms.error.message}`)
  const room = rooms.data.data.items[0]
  if (!room) return console.log('no room to join')
  const joined = await api.POST('/api/join-rooms', { body: { room: room.id } })
  if (joined.error) throw new Error(`join-rooms: ${joined.error.message}`)
  console.log(`joined ${joined.data.data.name}: ${joined.data.data.messages.length} recent messages`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
