import { z } from '@hono/zod-openapi'
import { text } from './text'
import { userSchema } from './users'

export const googleAuthorizationUrlSchema = z
  .object({
    authorization_url: z.url().openapi({
      description: 'Open this URL in the browser; the provider redirects back to `/api/auth/google-oauth` with `code` and `state`.',
      example:
        'https://accounts.google.com/o/oauth2/v2/auth?response_type=code&client_id=1234567890-abc.apps.googleusercontent.com&scope=openid+email+profile&state=STATE&code_challenge=CHALLENGE&code_challenge_method=S256&nonce=NONCE',
    }),
  })
  .openapi('GoogleAuthorizationUrl')

// Providers add their own parameters to the redirect (`iss`, `scope`, `authuser`, `prompt`…): unknown ones are ignored.
export const googleCallbackQuerySchema = z.object({
  code: text().min(1).max(2048).optional().openapi({ description: 'Authorization code from the provider' }),
  state: text().min(1).max(4096).optional().openapi({ description: 'The `state` of the authorization URL, returned unchanged' }),
  iss: text().max(2048).optional().openapi({ description: 'Issuer of the response (RFC 9207), when the provider sends it' }),
  error: text()
    .max(200)
    .optional()
    .openapi({ description: 'Set by the provider instead of `code` when sign-in failed or was denied', example: 'access_denied' }),
  error_description: text().max(1000).optional(),
})

export const googleIdTokenQuerySchema = z.object({
  id_token: text().min(1).max(8192).optional().openapi({ description: 'A Google ID token (JWT), when not sent as `Authorization: Bearer <id_token>`' }),
})

export const googleIdTokenHeadersSchema = z.object({
  authorization: text().optional().openapi({ description: '`Bearer <Google ID token>`', example: 'Bearer eyJhbGciOiJSUzI1NiIs…' }),
})

/** The answer of a successful sign-in: the same shape as a password login. */
export const googleSignInSchema = z
  .object({
    user: userSchema,
    access_token: z.string().openapi({ description: 'Our access token (JWT, ~15 minutes)' }),
    refresh_token: z.string().openapi({ description: 'Our refresh token (opaque, rotated on every use)' }),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int().openapi({ description: 'Seconds until the access token expires', example: 900 }),
  })
  .openapi('GoogleSignIn')

export type GoogleSignInJson = z.infer<typeof googleSignInSchema>
