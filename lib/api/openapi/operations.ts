import type { OpenAPIHono } from '@hono/zod-openapi'

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
  'GET /rooms': 'listRooms',
  'POST /rooms': 'createRoom',
  'POST /join-rooms': 'joinRooms',
  'GET /leave-room': 'leaveRoom',
  'GET /rooms/messages': 'listRoomMessages',
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
  }
}
