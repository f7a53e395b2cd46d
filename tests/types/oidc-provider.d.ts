// oidc-provider ships no type declarations (its @types package lags the major version): the little
// of its surface the test helper uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http'
  import type { JWK } from 'jose'

  export interface ClientMetadata {
    client_id: string
    client_secret?: string
    redirect_uris: string[]
    grant_types?: string[]
    response_types?: string[]
    token_endpoint_auth_method?: string
  }

  export interface Account {
    accountId: string
    claims(use: string, scope: string): Promise<Record<string, unknown>> | Record<string, unknown>
  }

  export interface Configuration {
    clients?: ClientMetadata[]
    findAccount?: (ctx: unknown, id: string) => Promise<Account | undefined> | Account | undefined
    claims?: Record<string, string[] | null>
    jwks?: { keys: JWK[] }
    cookies?: { keys?: string[] }
    conformIdTokenClaims?: boolean
    pkce?: { required?: (ctx: unknown, client: unknown) => boolean }
    features?: Record<string, { enabled: boolean }>
    ttl?: Record<string, number>
  }

  export default class Provider {
    constructor(issuer: string, configuration?: Configuration)
    callback(): (req: IncomingMessage, res: ServerResponse) => void
    on(event: string, listener: (...args: unknown[]) => void): this
  }
}
