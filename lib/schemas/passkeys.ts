import { z } from '@hono/zod-openapi'
import { text } from './text'

/*
 * WebAuthn on the wire: the options are what @simplewebauthn/browser's startRegistration /
 * startAuthentication (or any WebAuthn client) take as `optionsJSON`; the answers are what they
 * return, passed on unchanged. Fields are base64url strings, as in the WebAuthn JSON serialization.
 */
const base64url = z
  .string()
  .regex(/^[A-Za-z0-9_-]*$/, 'Expected base64url')
  .max(16_384)

const credentialBase = {
  id: base64url,
  rawId: base64url,
  type: z.literal('public-key'),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
}

export const registrationResponseSchema = z
  .object({
    ...credentialBase,
    response: z.object({
      clientDataJSON: base64url,
      attestationObject: base64url,
      transports: z.array(z.enum(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'])).optional(),
      authenticatorData: base64url.optional(),
      publicKey: base64url.optional(),
      publicKeyAlgorithm: z.number().int().optional(),
    }),
  })
  .openapi('WebAuthnRegistrationResponse', { description: 'The PublicKeyCredential a WebAuthn client created, as JSON (e.g. startRegistration’s result)' })

export const authenticationResponseSchema = z
  .object({
    ...credentialBase,
    response: z.object({
      clientDataJSON: base64url,
      authenticatorData: base64url,
      signature: base64url,
      userHandle: base64url.optional(),
    }),
  })
  .openapi('WebAuthnAuthenticationResponse', { description: 'The PublicKeyCredential a WebAuthn client got, as JSON (e.g. startAuthentication’s result)' })

export const webauthnOptionsSchema = z
  .object({
    challenge_id: z.uuid().openapi({ description: 'Send it back with the answer; valid 5 minutes, once' }),
    options: z.record(z.string(), z.unknown()).openapi({ description: 'PublicKeyCredentialCreationOptionsJSON or PublicKeyCredentialRequestOptionsJSON' }),
  })
  .openapi('WebAuthnOptions')

export const passkeySchema = z
  .object({
    id: z.uuid(),
    name: z.string().openapi({ example: 'MacBook Touch ID' }),
    synced: z.boolean().openapi({ description: 'Synced by a platform or password manager, rather than bound to one authenticator' }),
    created_at: z.iso.datetime(),
    last_used_at: z.iso.datetime().nullable(),
  })
  .openapi('Passkey')

export const passkeyListSchema = z.object({ items: z.array(passkeySchema) }).openapi('PasskeyList')

export const passkeyRegistrationSchema = z
  .object({
    challenge_id: z.uuid(),
    name: text().trim().min(1, 'Name the passkey').max(60).openapi({ example: 'MacBook Touch ID' }),
    response: registrationResponseSchema,
  })
  .openapi('PasskeyRegistrationRequest')

export const passkeyRegisteredSchema = z
  .object({
    passkey: passkeySchema,
    recovery_codes: z.array(z.string()).nullable().openapi({ description: 'Ten recovery codes, shown once, when the account had none' }),
  })
  .openapi('PasskeyRegistered')

export const passkeySignInSchema = z.object({ challenge_id: z.uuid(), response: authenticationResponseSchema }).openapi('PasskeySignInRequest')

export const passkeyPathSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) })
