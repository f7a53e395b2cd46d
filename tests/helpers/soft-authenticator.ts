import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto'
import { isoCBOR } from '@simplewebauthn/server/helpers'

/*
 * A software WebAuthn authenticator for API tests: a P-256 key per credential, answers built byte
 * for byte as the WebAuthn spec lays them out (authenticator data, "none" attestation, ES256
 * signatures over authenticatorData ‖ SHA-256(clientDataJSON)). The browser tests use Chromium's
 * own virtual authenticator instead.
 */

const b64url = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString('base64url')
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest()

const FLAG_UP = 0x01
const FLAG_UV = 0x04
const FLAG_AT = 0x40

interface Credential {
  id: Buffer
  privateKey: KeyObject
  x: Buffer
  y: Buffer
  userHandle: string
  counter: number
}

export interface SoftAuthenticatorOptions {
  rpId: string
  origin: string
  /** Whether the "user" is verified (PIN, biometrics): flag UV. */
  userVerification?: boolean
}

export class SoftAuthenticator {
  private readonly credentials: Credential[] = []

  constructor(private readonly options: SoftAuthenticatorOptions) {}

  private authenticatorData(flags: number, counter: number, attested?: Buffer): Buffer {
    const count = Buffer.alloc(4)
    count.writeUInt32BE(counter)
    return Buffer.concat([sha256(this.options.rpId), Buffer.from([flags]), count, ...(attested ? [attested] : [])])
  }

  private flags(): number {
    return FLAG_UP | (this.options.userVerification === false ? 0 : FLAG_UV)
  }

  /** Answers creation options (as the API hands them out) with a new credential. */
  create(options: { challenge: string; user: { id: string } }, overrides: { origin?: string; challenge?: string } = {}) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const jwk = publicKey.export({ format: 'jwk' })
    const credential: Credential = {
      id: randomBytes(16),
      privateKey,
      x: Buffer.from(jwk.x!, 'base64url'),
      y: Buffer.from(jwk.y!, 'base64url'),
      userHandle: options.user.id,
      counter: 0,
    }
    this.credentials.push(credential)
    const cose = new Map<number, number | Uint8Array>([
      [1, 2], // kty: EC2
      [3, -7], // alg: ES256
      [-1, 1], // crv: P-256
      [-2, new Uint8Array(credential.x)],
      [-3, new Uint8Array(credential.y)],
    ])
    const idLength = Buffer.alloc(2)
    idLength.writeUInt16BE(credential.id.length)
    const attested = Buffer.concat([Buffer.alloc(16), idLength, credential.id, Buffer.from(isoCBOR.encode(cose))])
    const authData = this.authenticatorData(this.flags() | FLAG_AT, 0, attested)
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', new Uint8Array(authData)],
      ]) as never,
    )
    const clientDataJSON = JSON.stringify({
      type: 'webauthn.create',
      challenge: overrides.challenge ?? options.challenge,
      origin: overrides.origin ?? this.options.origin,
      crossOrigin: false,
    })
    return {
      id: b64url(credential.id),
      rawId: b64url(credential.id),
      type: 'public-key' as const,
      clientExtensionResults: {},
      response: { clientDataJSON: b64url(Buffer.from(clientDataJSON)), attestationObject: b64url(attestationObject), transports: ['internal' as const] },
    }
  }

  /** Answers request options with a credential: the first allowed one, or any of ours for a discoverable sign-in. */
  get(options: { challenge: string; allowCredentials?: { id: string }[] }, overrides: { credentialIndex?: number } = {}) {
    const allowed = options.allowCredentials?.length
      ? this.credentials.filter((candidate) => options.allowCredentials!.some((allow) => allow.id === b64url(candidate.id)))
      : this.credentials
    const credential = allowed[overrides.credentialIndex ?? 0]
    if (!credential) throw new Error('no credential for these options')
    credential.counter += 1
    const authData = this.authenticatorData(this.flags(), credential.counter)
    const clientDataJSON = Buffer.from(JSON.stringify({ type: 'webauthn.get', challenge: options.challenge, origin: this.options.origin, crossOrigin: false }))
    const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), credential.privateKey)
    return {
      id: b64url(credential.id),
      rawId: b64url(credential.id),
      type: 'public-key' as const,
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authData),
        signature: b64url(signature),
        userHandle: b64url(Buffer.from(credential.userHandle, 'base64url')),
      },
    }
  }
}
