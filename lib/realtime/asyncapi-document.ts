import { OpenAPIHono, z } from '@hono/zod-openapi'
import type { Env } from '@/lib/config/env'
import { ackErrorExamples, clientEventExamples, serverEventExamples } from '@/lib/schemas/socket-event-examples'
import { ackErrorSchema, clientEvents, serverEvents, type ClientEventName, type ServerEventName } from '@/lib/schemas/socket-events'

/*
 * The AsyncAPI 3.0 document of the live rooms (/api/asyncapi.json), generated from the event map
 * (lib/schemas/socket-events.ts) as the OpenAPI document is from the routes. It describes a client
 * of our Socket.IO server: a client → server event is a `send` operation whose reply is its
 * acknowledgement (the event's answer, or the common error ack); a server → client event is a
 * `receive` operation. One channel per Socket.IO event name (its `address`), holding that name's
 * messages in both directions. Payload schemas come from the same generator as the OpenAPI
 * document's (descriptions and examples included), under components.schemas.
 */

type Json = Record<string, unknown>

/** `join_room` → `JoinRoom`, `dashboard:update` → `DashboardUpdate`. */
const pascal = (event: string) => event.replace(/(^|[_:])(\w)/g, (_, _separator: string, letter: string) => letter.toUpperCase())
/** Channel ids allow letters, digits, `_`, `-` and `.`: `dashboard:update` → `dashboard_update`. */
const channelId = (event: string) => event.replace(/:/g, '_')
const ref = (path: string) => ({ $ref: path })

/**
 * JSON schemas for `schemas` (name → zod), through the OpenAPI generator: a schema that already has
 * a component name (`.openapi('Message')`) is referenced by it; the others get the given name.
 */
function jsonSchemas(schemas: Record<string, z.ZodType>): { components: Record<string, Json>; refs: Record<string, Json> } {
  const generator = new OpenAPIHono()
  const wrapper = (name: string) => `AsyncApiWrapper${name}`
  for (const [name, schema] of Object.entries(schemas)) generator.openAPIRegistry.register(wrapper(name), z.object({ schema }))
  const generated = (generator.getOpenAPI31Document({ openapi: '3.1.0', info: { title: '', version: '' } }).components?.schemas ?? {}) as Record<string, Json>
  const components: Record<string, Json> = {}
  const refs: Record<string, Json> = {}
  for (const name of Object.keys(schemas)) {
    const inner = (generated[wrapper(name)]!.properties as Record<string, Json>).schema!
    if (typeof inner.$ref === 'string') refs[name] = inner
    else {
      components[name] = inner
      refs[name] = ref(`#/components/schemas/${name}`)
    }
  }
  for (const [name, schema] of Object.entries(generated)) if (!name.startsWith('AsyncApiWrapper')) components[name] = schema
  return { components: asyncApiSchemas(components) as Record<string, Json>, refs }
}

/** OpenAPI's `example` is not JSON Schema draft 7's (AsyncAPI's schema format): it becomes `examples`. */
function asyncApiSchemas(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asyncApiSchemas)
  if (!value || typeof value !== 'object') return value
  const { example, ...rest } = value as Json
  const converted = Object.fromEntries(Object.entries(rest).map(([key, item]) => [key, asyncApiSchemas(item)]))
  return example === undefined ? converted : { ...converted, examples: [example] }
}

/** The address part of MAIL_FROM (`Name <address>` or a bare address). */
const mailAddress = (from: string) => from.match(/<([^>]+)>/)?.[1] ?? from.trim()

export type AsyncApiDocument = ReturnType<typeof asyncApiDocument>

export function asyncApiDocument(settings: Pick<Env, 'APP_URL' | 'MAIL_FROM'>) {
  const base = settings.APP_URL.replace(/\/$/, '')
  const url = new URL(base)
  const clientNames = Object.keys(clientEvents) as ClientEventName[]
  const serverNames = Object.keys(serverEvents) as ServerEventName[]
  const { components: schemas, refs } = jsonSchemas({
    AckError: ackErrorSchema,
    ...Object.fromEntries(
      clientNames.flatMap((event) => [
        [`${pascal(event)}Payload`, clientEvents[event].payload],
        [`${pascal(event)}Ack`, clientEvents[event].ack],
      ]),
    ),
    ...Object.fromEntries(serverNames.map((event) => [`${pascal(event)}Event`, serverEvents[event].payload])),
  })

  const messages: Json = {
    AckError: {
      name: 'ack',
      title: 'Failed acknowledgement',
      summary: 'Any client event’s acknowledgement when it fails: `ok: false`, a reason, a code, and field errors for a bad payload.',
      payload: refs.AckError,
      examples: ackErrorExamples,
    },
  }
  const channels: Record<string, { address: string; title: string; messages: Json }> = {}
  const operations: Json = {}
  const channelOf = (event: string) =>
    (channels[channelId(event)] ??= { address: event, title: `\`${event}\``, messages: { ackError: ref('#/components/messages/AckError') } })

  for (const event of clientNames) {
    const { summary, description } = clientEvents[event] as { summary: string; description?: string }
    const name = pascal(event)
    const examples = clientEventExamples[event]
    messages[name] = {
      name: event,
      title: event,
      summary,
      ...(description && { description }),
      payload: refs[`${name}Payload`],
      examples: examples.map(({ name: exampleName, summary: exampleSummary, payload }) => ({ name: exampleName, summary: exampleSummary, payload })),
    }
    messages[`${name}Ack`] = {
      name: 'ack',
      title: `${event} acknowledgement`,
      summary: `What \`${event}\` is acknowledged with when it succeeds.`,
      payload: refs[`${name}Ack`],
      examples: examples.map(({ name: exampleName, summary: exampleSummary, ack }) => ({ name: exampleName, summary: exampleSummary, payload: ack })),
    }
    const channel = channelOf(event)
    channel.messages.request = ref(`#/components/messages/${name}`)
    channel.messages.ack = ref(`#/components/messages/${name}Ack`)
    const id = channelId(event)
    operations[`send${name}`] = {
      action: 'send',
      channel: ref(`#/channels/${id}`),
      title: `Emit ${event}`,
      summary,
      messages: [ref(`#/channels/${id}/messages/request`)],
      reply: { channel: ref(`#/channels/${id}`), messages: [ref(`#/channels/${id}/messages/ack`), ref(`#/channels/${id}/messages/ackError`)] },
      tags: [{ name: 'client-to-server' }],
    }
  }

  for (const event of serverNames) {
    const { summary, description } = serverEvents[event] as { summary: string; description?: string }
    const name = `${pascal(event)}Event`
    messages[name] = {
      name: event,
      title: event,
      summary,
      ...(description && { description }),
      payload: refs[name],
      examples: serverEventExamples[event],
    }
    const channel = channelOf(event)
    channel.messages.event = ref(`#/components/messages/${name}`)
    // A server-only name has no acknowledgement: no error ack on its channel either.
    if (!channel.messages.request) delete channel.messages.ackError
    const id = channelId(event)
    operations[`on${pascal(event)}`] = {
      action: 'receive',
      channel: ref(`#/channels/${id}`),
      title: `On ${event}`,
      summary,
      messages: [ref(`#/channels/${id}/messages/event`)],
      tags: [{ name: 'server-to-client' }],
    }
  }

  return {
    asyncapi: '3.0.0' as const,
    info: {
      title: 'VI Cross live events',
      version: '1.0.0',
      description: [
        'The live rooms of VI Cross over Socket.IO 4, from a client’s side: `send` operations are events a client emits, each answered by an acknowledgement (its reply: `ok: true` with the answer, or `ok: false` with `error`, `code` and, for a bad payload, `errors` per field); `receive` operations are events the server pushes.',
        'Connect with socket.io-client to the server below (WebSocket, or HTTP long-polling where an upgrade is blocked) with an access token (`io(APP_URL, { auth: { token } })`) or, in the dashboard, its session cookie; an anonymous or refused handshake fails with `unauthorized`; staff and admins who must set up a second factor first (the `require_mfa_for_staff` setting) fail with `mfa_enrolment_required`.',
        'A client joins a room before sending to it. The earlier chat page’s `message {msg}` without `room` goes to the one chat room the connection has joined; with none or several joined it is refused with a `validation` error naming `room`.',
        `The REST API is described at ${base}/api/openapi.json.`,
      ].join('\n\n'),
      contact: { name: 'VI Cross', url: `${base}/api-docs`, email: mailAddress(settings.MAIL_FROM) },
      license: { name: 'Proprietary' },
      tags: [
        { name: 'client-to-server', description: 'Events a client emits, with their acknowledgements' },
        { name: 'server-to-client', description: 'Events the server pushes' },
      ],
    },
    defaultContentType: 'application/json',
    servers: {
      app: {
        host: url.host,
        protocol: url.protocol === 'https:' ? 'wss' : 'ws',
        pathname: '/socket.io',
        title: 'This deployment (APP_URL)',
        description: 'Socket.IO 4 (Engine.IO 4) at `/socket.io/` on APP_URL. Browsers must come from APP_URL’s own origin.',
        security: [ref('#/components/securitySchemes/accessToken'), ref('#/components/securitySchemes/sessionCookie')],
      },
    },
    channels,
    operations,
    components: {
      schemas,
      messages,
      securitySchemes: {
        accessToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'An access token (POST /api/auth/login, /api/auth/refresh) in the handshake’s `auth.token`, or an `Authorization: Bearer` header on the handshake request. The connection ends when it expires unless `authenticate` renews it.',
        },
        sessionCookie: {
          type: 'httpApiKey',
          in: 'cookie',
          name: url.protocol === 'https:' ? '__Secure-next-auth.session-token' : 'next-auth.session-token',
          description: 'The dashboard’s session cookie, sent by a browser on APP_URL’s origin.',
        },
      },
    },
  }
}
