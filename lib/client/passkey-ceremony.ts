import { startAuthentication, startRegistration, WebAuthnError } from '@simplewebauthn/browser'
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser'
import { apiRequest } from './post-json'

type Outcome<T> = { ok: true; value: T } | { ok: false; message: string | null }

interface Options<O> {
  challenge_id: string
  options: O
}

/** The person closed the browser's passkey dialog: nothing to report. */
const cancelled = (error: unknown) =>
  error instanceof Error && (error.name === 'NotAllowedError' || (error instanceof WebAuthnError && error.code === 'ERROR_CEREMONY_ABORTED'))

/** Asks our API for request options, then the browser for a passkey's answer: `{ challenge_id, response }` for the API or NextAuth. */
export async function provePasskey(optionsPath: string, body?: unknown): Promise<Outcome<{ challenge_id: string; response: unknown }>> {
  const options = await apiRequest<Options<PublicKeyCredentialRequestOptionsJSON>>(optionsPath, { json: body ?? {} })
  if (!options.ok || !options.data) return { ok: false, message: options.message }
  try {
    const response = await startAuthentication({ optionsJSON: options.data.options })
    return { ok: true, value: { challenge_id: options.data.challenge_id, response } }
  } catch (error) {
    return { ok: false, message: cancelled(error) ? null : 'This browser could not use a passkey here.' }
  }
}

/** Creation options from `begin`, then the browser makes the passkey: what `finish` stores. */
export async function createPasskey(
  begin: () => Promise<Outcome<Options<PublicKeyCredentialCreationOptionsJSON>>>,
): Promise<Outcome<{ challenge_id: string; response: unknown }>> {
  const options = await begin()
  if (!options.ok) return options
  try {
    const response = await startRegistration({ optionsJSON: options.value.options })
    return { ok: true, value: { challenge_id: options.value.challenge_id, response } }
  } catch (error) {
    if (error instanceof Error && error.name === 'InvalidStateError')
      return { ok: false, message: 'This authenticator already holds a passkey for your account.' }
    return { ok: false, message: cancelled(error) ? null : 'This browser could not create a passkey here.' }
  }
}
