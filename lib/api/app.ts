import { OpenAPIHono } from '@hono/zod-openapi'
import type { ApiEnv } from './context'
import { envelope } from './envelope'
import { allowedMethods } from './method-not-allowed'
import { errorResponse, requestValidationError } from './error-handler'
import { config } from '@/lib/config'
import { processSingleton } from '@/lib/runtime/process-singleton'
import { documentHeader } from './openapi/document-header'
import { completeOperations } from './openapi/operations'
import { limitBodies } from './middleware/body-limit'
import { cors } from './middleware/cors'
import { requestContext } from './middleware/request-context'
import { securityHeaders } from './middleware/security-headers'
import { registerHealth } from './routes/health'
import { registerRegister } from './routes/auth/register'
import { registerLogin } from './routes/auth/login'
import { registerRefresh } from './routes/auth/refresh'
import { registerLogout } from './routes/auth/logout'
import { registerSendOtp } from './routes/auth/send-otp'
import { registerResendOtp } from './routes/auth/resend-otp'
import { registerVerifyOtp } from './routes/auth/verify-otp'
import { registerResetPassword } from './routes/auth/reset-password'
import { registerChangePassword } from './routes/auth/change-password'
import { registerVerifyEmail } from './routes/auth/verify-email'
import { registerAllUsersData } from './routes/auth/all-users-data'
import { registerAssignRole } from './routes/auth/assign-role'
import { registerSetActive } from './routes/auth/set-active'
import { registerGetMedia } from './routes/media/get-media'
import { registerDeleteUser } from './routes/user/delete-user'
import { registerEditUser } from './routes/user/edit-user'
import { registerGetProfile } from './routes/user/get-profile'
import { registerGoogleLoginPageRedirect } from './routes/auth/google-login-page-redirect'
import { registerGoogleOauth } from './routes/auth/google-oauth'
import { registerGoogleOauthLoginAuthenticate } from './routes/auth/google-oauth-login-authenticate'
import { registerCreateCompany } from './routes/company/create-company'
import { registerUpdateCompany } from './routes/company/update-company'
import { registerGetDetailsCompanies } from './routes/company/get-details-companies'
import { registerGetSingleDetailsCompany } from './routes/company/get-single-details-company'
import { registerDeleteCompany } from './routes/company/delete-company'
import { registerCreateTradebooth } from './routes/tradebooth/create-tradebooth'
import { registerUpdateTradebooth } from './routes/tradebooth/update-tradebooth'
import { registerGetDetailsTradebooths } from './routes/tradebooth/get-details-tradebooths'
import { registerGetSingleDetailsTradebooth } from './routes/tradebooth/get-single-details-tradebooth'
import { registerDeleteTradebooth } from './routes/tradebooth/delete-tradebooth'
import { registerGetBoothStatus } from './routes/tradebooth/get-booth-status'
import { registerChangeBoothStatus } from './routes/tradebooth/change-booth-status'
import { registerBoothVisit } from './routes/tradebooth/visit'
import { registerShareContact } from './routes/tradebooth/share-contact'
import { registerLeads } from './routes/company/leads'
import { registerAnalytics } from './routes/tradebooth/analytics'
import { registerListRooms } from './routes/rooms/list-rooms'
import { registerCreateRoom } from './routes/rooms/create-room'
import { registerJoinRooms } from './routes/rooms/join-rooms'
import { registerLeaveRoom } from './routes/rooms/leave-room'
import { registerRoomMessages } from './routes/rooms/room-messages'
import { registerAsyncApiDocument } from './routes/asyncapi-document'
import { registerVerifyMfa } from './routes/mfa/verify-mfa'
import { registerSecondFactors } from './routes/mfa/second-factors'
import { registerTotpEnrolment } from './routes/mfa/totp-enrolment'
import { registerTotpRemoval } from './routes/mfa/totp-removal'
import { registerSecuritySettings } from './routes/mfa/security-settings'
import { registerSignIns } from './routes/sessions/sign-ins'
import { registerOwnPasskeys } from './routes/passkeys/own-passkeys'
import { registerPasskeySignIn } from './routes/passkeys/passkey-sign-in'

export type ApiApp = OpenAPIHono<ApiEnv>

/** A Hono app with the API's middleware, validation hook and error mapping, but no routes. */
export function createApiShell(): ApiApp {
  const app = new OpenAPIHono<ApiEnv>({
    // Validation failures of any route become the 400 envelope with `errors` per field (`body`/`query` for the part as a whole).
    defaultHook: (result) => {
      if (!result.success) throw requestValidationError(result.target, result.error)
    },
  }).basePath('/api')
  // CORS before the body limit, so that a 413 (and any error envelope) names an allowed origin too.
  app.use('*', requestContext, securityHeaders, cors, limitBodies())
  const methodsFor = allowedMethods(app.routes)
  app.notFound((c) => {
    const allowed = methodsFor(c.req.path)
    if (allowed.length === 0) return c.json(envelope(404, `No route for ${c.req.method} ${c.req.path}`, null, { request_id: c.get('requestId') }), 404)
    c.header('Allow', allowed.join(', '))
    return c.json(envelope(405, `Method ${c.req.method} not allowed; use ${allowed.join(', ')}`, null, { request_id: c.get('requestId') }), 405)
  })
  app.onError((error, c) => errorResponse(c, error))
  return app
}

/** The VI Cross API: every route, and the OpenAPI document generated from them. */
export function createApi(): ApiApp {
  const app = createApiShell()
  registerHealth(app)
  registerRegister(app)
  registerLogin(app)
  registerRefresh(app)
  registerLogout(app)
  registerSendOtp(app)
  registerResendOtp(app)
  registerVerifyOtp(app)
  registerResetPassword(app)
  registerChangePassword(app)
  registerVerifyEmail(app)
  registerGetProfile(app)
  registerEditUser(app)
  registerDeleteUser(app)
  registerAllUsersData(app)
  registerAssignRole(app)
  registerSetActive(app)
  registerGetMedia(app)
  registerGoogleLoginPageRedirect(app)
  registerGoogleOauth(app)
  registerGoogleOauthLoginAuthenticate(app)
  registerCreateCompany(app)
  registerUpdateCompany(app)
  registerGetDetailsCompanies(app)
  registerGetSingleDetailsCompany(app)
  registerDeleteCompany(app)
  registerCreateTradebooth(app)
  registerUpdateTradebooth(app)
  registerGetDetailsTradebooths(app)
  registerGetSingleDetailsTradebooth(app)
  registerDeleteTradebooth(app)
  registerGetBoothStatus(app)
  registerChangeBoothStatus(app)
  registerBoothVisit(app)
  registerShareContact(app)
  registerLeads(app)
  registerAnalytics(app)
  registerListRooms(app)
  registerCreateRoom(app)
  registerJoinRooms(app)
  registerLeaveRoom(app)
  registerRoomMessages(app)
  registerVerifyMfa(app)
  registerSecondFactors(app)
  registerTotpEnrolment(app)
  registerTotpRemoval(app)
  registerSecuritySettings(app)
  registerSignIns(app)
  registerOwnPasskeys(app)
  registerPasskeySignIn(app)
  // Routes that need a signed-in caller name this scheme; the dashboard's session cookie also works.
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
  completeOperations(app.openAPIRegistry)
  app.doc31('/openapi.json', documentHeader(config()))
  // The live rooms' events (Socket.IO), as AsyncAPI 3.0: a document beside this one, not an operation of it.
  registerAsyncApiDocument(app)
  return app
}

const instance = processSingleton('api', createApi)

/** The process's API app, built once. */
export function api(): ApiApp {
  return instance.get()
}
