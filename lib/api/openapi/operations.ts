import type { OpenAPIHono } from '@hono/zod-openapi'
import { errorResponses } from './responses'

/**
 * Every operation's `operationId`: the name a generated client gives its method, so it must never
 * change once published. Keyed by method and path (under /api); camelCase of the route's name.
 */
export const operationIds: Record<string, string> = {
  'GET /health': 'getHealth',
  'POST /auth/register': 'register',
  'POST /auth/login': 'login',
  'POST /auth/refresh': 'refresh',
  'POST /auth/logout': 'logout',
  'POST /auth/send-otp': 'sendOtp',
  'POST /auth/resend-otp': 'resendOtp',
  'POST /auth/verify-otp': 'verifyOtp',
  'POST /auth/reset-password': 'resetPassword',
  'POST /auth/change-password': 'changePassword',
  'GET /auth/verify-email': 'verifyEmail',
  'GET /user/profile': 'getProfile',
  'PATCH /user/edit-user': 'editUser',
  'DELETE /user/delete-user': 'deleteUser',
  'GET /auth/all-users-data': 'allUsersData',
  'PATCH /auth/assign-role': 'assignRole',
  'PATCH /auth/set-active': 'setActive',
  'GET /media/{id}': 'getMedia',
  'GET /auth/google_login_page_redirect': 'googleLoginPageRedirect',
  'GET /auth/google-oauth': 'googleOauth',
  'GET /auth/google-oauth-login-authenticate': 'googleOauthLoginAuthenticate',
  'POST /company/create-company': 'createCompany',
  'PUT /company/update-company': 'updateCompany',
  'GET /company/get-details-companies': 'getDetailsCompanies',
  'GET /company/get-single-details-company': 'getSingleDetailsCompany',
  'DELETE /company/delete-company': 'deleteCompany',
  'POST /tradebooth/create-tradebooth': 'createTradebooth',
  'PUT /tradebooth/update-tradebooth': 'updateTradebooth',
  'GET /tradebooth/get-details-tradebooths': 'getDetailsTradebooths',
  'GET /tradebooth/get-single-details-tradebooth': 'getSingleDetailsTradebooth',
  'DELETE /tradebooth/delete-tradebooth': 'deleteTradebooth',
  'GET /tradebooth/status': 'getBoothStatus',
  'PATCH /tradebooth/status': 'changeBoothStatus',
  'PUT /tradebooth/status': 'changeBoothStatusPut',
  'POST /tradebooth/visit': 'recordBoothVisit',
  'POST /tradebooth/share-contact': 'shareContact',
  'DELETE /tradebooth/share-contact': 'withdrawContact',
  'GET /company/leads': 'listLeads',
  'GET /company/leads/export': 'exportLeads',
  'GET /tradebooth/analytics': 'getBoothAnalytics',
  'GET /company/analytics': 'getCompanyAnalytics',
  'GET /rooms': 'listRooms',
  'POST /rooms': 'createRoom',
  'POST /join-rooms': 'joinRooms',
  'GET /leave-room': 'leaveRoom',
  'GET /rooms/messages': 'listRoomMessages',
  'POST /auth/mfa/verify': 'verifyMfa',
  'GET /user/mfa': 'getSecondFactors',
  'POST /user/mfa/totp': 'beginTotpEnrolment',
  'POST /user/mfa/totp/confirm': 'confirmTotpEnrolment',
  'POST /user/mfa/totp/remove': 'removeTotp',
  'POST /user/mfa/recovery-codes': 'regenerateRecoveryCodes',
  'GET /settings/security': 'getSecuritySettings',
  'PATCH /settings/security': 'updateSecuritySettings',
  'GET /user/sessions': 'listSignIns',
  'DELETE /user/sessions/{id}': 'endSignIn',
  'POST /user/sessions/end-others': 'endOtherSignIns',
  'POST /user/passkeys/options': 'passkeyRegistrationOptions',
  'POST /user/passkeys': 'addPasskey',
  'GET /user/passkeys': 'listPasskeys',
  'DELETE /user/passkeys/{id}': 'removePasskey',
  'POST /auth/passkey/options': 'passkeySignInOptions',
  'POST /auth/passkey/verify': 'signInWithPasskey',
  'POST /auth/mfa/passkey-options': 'mfaPasskeyOptions',
}

/**
 * Completes each registered operation for code generators: its stable `operationId`, and an
 * explicit `security` — `[]` on the public ones, so that no generator assumes a global default.
 * An operation missing from `operationIds` fails at start-up (and in the OpenAPI tests), not later
 * in a client team's generated code.
 */
export function completeOperations(registry: OpenAPIHono['openAPIRegistry']): void {
  for (const definition of registry.definitions) {
    if (definition.type !== 'route') continue
    const route = definition.route
    const key = `${route.method.toUpperCase()} ${route.path.replace(/^\/api(?=\/)/, '')}`
    const operationId = operationIds[key]
    if (!operationId) throw new Error(`No operationId for ${key}: add one to lib/api/openapi/operations.ts`)
    route.operationId ??= operationId
    route.security ??= []
    documentEveryAnswer(route)
  }
}

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' as const, minimum: 1 } } }
const WWW_AUTHENTICATE = { 'WWW-Authenticate': { description: '`Bearer`: send an access token (RFC 6750)', schema: { type: 'string' as const } } }

type Route = Extract<OpenAPIHono['openAPIRegistry']['definitions'][number], { type: 'route' }>['route']

/**
 * The answers every route can give whatever it declares: 405 for another method on its path; 413
 * and 415 where it takes a body (the body limit and the content type come before the route); and
 * 403 on every route that needs a caller; the headers that go with 401 (`WWW-Authenticate`), 429 and 503 (`Retry-After`).
 */
function documentEveryAnswer(route: Route): void {
  const responses = route.responses
  const add = (extra: Record<string, unknown>) => {
    for (const [status, response] of Object.entries(extra)) responses[status] ??= response as (typeof responses)[string]
  }
  add(errorResponses(405))
  // A signed-in caller can be refused: another role, or staff who must first set up a second factor.
  if (route.security?.length) add(errorResponses(403))
  if (route.request?.body) add(errorResponses(413, 415))
  for (const [status, headers] of [
    ['401', WWW_AUTHENTICATE],
    ['429', RETRY_AFTER],
    ['503', RETRY_AFTER],
  ] as const) {
    const response = responses[status]
    if (response && !('$ref' in response)) response.headers = { ...headers, ...(response.headers as object | undefined) }
  }
}
