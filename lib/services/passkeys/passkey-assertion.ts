import { generateAuthenticationOptions, verifyAuthenticationResponse, type AuthenticationResponseJSON } from '@simplewebauthn/server'
import { relyingParty } from '@/lib/auth/webauthn'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { spendChallenge, storeChallenge, type CeremonyPurpose } from './webauthn-challenges'

const refused = () => new AppError('unauthenticated', 'That passkey was not accepted', { errors: { response: ['That passkey was not accepted'] } })

/**
 * Options to prove a passkey: for signing in with one alone, any discoverable credential of ours
 * with user verification required (the passkey then stands for both factors); as a second factor,
 * the account's own credentials.
 */
export async function passkeyAssertionOptions(purpose: Exclude<CeremonyPurpose, 'register'>, userId: string | null) {
  const allow = userId ? await db().passkey.findMany({ where: { userId }, select: { credentialId: true, transports: true } }) : []
  if (userId && allow.length === 0) throw new AppError('conflict', 'This account has no passkey')
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().id,
    userVerification: purpose === 'sign_in' ? 'required' : 'preferred',
    allowCredentials: allow.map((key) => ({ id: key.credentialId, transports: key.transports as AuthenticatorTransport[] })),
  })
  return { challenge_id: await storeChallenge(options.challenge, purpose, userId), options }
}

/**
 * Checks a passkey's answer to a challenge of ours: signed by a stored credential (of `userId`
 * when given), for our origin and relying party; for a sign-in with the passkey alone, user
 * verification must have happened. Returns the account, and records the use.
 */
export async function verifyPasskeyAssertion(
  purpose: Exclude<CeremonyPurpose, 'register'>,
  challengeId: string,
  response: AuthenticationResponseJSON,
  userId: string | null,
): Promise<{ userId: string }> {
  const challenge = await spendChallenge(challengeId, purpose, userId)
  // A passkey of an account in the trash is an unknown one.
  const passkey = await db().passkey.findFirst({ where: { credentialId: response.id, user: { deletedAt: null } } })
  if (!passkey || (userId !== null && passkey.userId !== userId)) throw refused()
  // A discoverable credential names its account: it must be the one the passkey was made for.
  if (response.response.userHandle && Buffer.from(response.response.userHandle, 'base64url').toString('utf8') !== passkey.userId) throw refused()
  const rp = relyingParty()
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    credential: {
      id: passkey.credentialId,
      publicKey: new Uint8Array(passkey.publicKey),
      counter: Number(passkey.counter),
      transports: passkey.transports as AuthenticatorTransport[],
    },
    requireUserVerification: purpose === 'sign_in',
  }).catch(() => {
    throw refused()
  })
  if (!verification.verified) throw refused()
  await db().passkey.update({
    where: { id: passkey.id },
    data: { counter: BigInt(verification.authenticationInfo.newCounter), lastUsedAt: new Date() },
    select: { id: true },
  })
  return { userId: passkey.userId }
}
