import { DiagnosticSeverity, Parser } from '@asyncapi/parser'
import { describe, expect, it } from 'vitest'
import { asyncApiDocument } from '@/lib/realtime/asyncapi-document'
import { ackErrorExamples, clientEventExamples, serverEventExamples } from '@/lib/schemas/socket-event-examples'
import { ackErrorSchema, clientEvents, serverEvents, type ClientEventName, type ServerEventName } from '@/lib/schemas/socket-events'

// The AsyncAPI document of the live rooms (/api/asyncapi.json) is generated from the event map;
// this keeps the two in step and the document valid.
const settings = { APP_URL: 'http://localhost:3000', MAIL_FROM: 'VI Cross <no-reply@vicross.local>' }
const doc = asyncApiDocument(settings)
const clientNames = Object.keys(clientEvents) as ClientEventName[]
const serverNames = Object.keys(serverEvents) as ServerEventName[]

interface Operation {
  action: string
  channel: { $ref: string }
  messages: { $ref: string }[]
  reply?: { channel: { $ref: string }; messages: { $ref: string }[] }
}
const operations = doc.operations as Record<string, Operation>

describe('/api/asyncapi.json, the live events', () => {
  it('is a valid AsyncAPI 3.0 document: no error, no warning', async () => {
    const diagnostics = await new Parser().validate(JSON.stringify(doc))
    const problems = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning)
    expect(problems.map((d) => `${d.code}: ${d.message} at ${d.path.join('.')}`)).toEqual([])
    // The one remaining note is informational: AsyncAPI 3.1.0 exists. We publish 3.0.0, the version
    // clients' tooling (and the issue) asks for; 3.1 adds nothing we use.
    expect(diagnostics.map((d) => d.code)).toEqual(['asyncapi-latest-version'])
    const { document } = await new Parser().parse(JSON.stringify(doc))
    expect(document?.version()).toBe('3.0.0')
    expect(document?.operations().length).toBe(clientNames.length + serverNames.length)
    // The parser's first run loads its rulesets (seconds on a busy machine): a validity check, not a timing.
  }, 60_000)

  it('has a send operation per client event, with its acknowledgement (or the error ack) as reply', () => {
    for (const event of clientNames) {
      const channel = doc.channels[event.replace(/:/g, '_')]!
      expect(channel.address, event).toBe(event)
      const operation = Object.values(operations).find((candidate) => candidate.action === 'send' && candidate.channel.$ref.endsWith(`/${event}`))
      expect(operation, event).toBeDefined()
      expect(operation!.messages).toEqual([{ $ref: `#/channels/${event}/messages/request` }])
      expect(operation!.reply!.messages).toEqual([{ $ref: `#/channels/${event}/messages/ack` }, { $ref: `#/channels/${event}/messages/ackError` }])
    }
  })

  it('has a receive operation per server event, booth_status included', () => {
    expect(serverNames).toContain('booth_status')
    const received = Object.values(operations)
      .filter((operation) => operation.action === 'receive')
      .map((operation) => doc.channels[operation.channel.$ref.replace('#/channels/', '')]!.address)
    expect(received.sort()).toEqual([...serverNames].sort())
    expect(doc.components.schemas.BoothStatusEvent).toMatchObject({ required: ['booth_id', 'name', 'status', 'reason', 'changed_at'] })
  })

  it('says that a message may leave out its room, and what then happens', () => {
    const payload = doc.components.schemas.MessagePayload as { required: string[]; properties: Record<string, { description?: string }> }
    expect(payload.required).toEqual(['msg'])
    expect(payload.properties.room!.description).toMatch(/optional when the socket has joined exactly one chat room/)
    expect((doc.components.messages.Message as { description: string }).description).toMatch(/none or several joined.*`validation` error naming `room`/)
  })

  it('serves on APP_URL’s host at /socket.io, with the access token or the dashboard cookie', () => {
    expect(doc.servers.app).toMatchObject({ host: 'localhost:3000', protocol: 'ws', pathname: '/socket.io' })
    expect(asyncApiDocument({ ...settings, APP_URL: 'https://show.example.com' }).servers.app).toMatchObject({ host: 'show.example.com', protocol: 'wss' })
    expect(doc.components.securitySchemes.accessToken).toMatchObject({ type: 'http', scheme: 'bearer', description: expect.stringContaining('auth.token') })
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({ type: 'httpApiKey', in: 'cookie', name: 'next-auth.session-token' })
    expect(doc.info.contact).toEqual({ name: 'VI Cross', url: 'http://localhost:3000/api-docs', email: 'no-reply@vicross.local' })
  })

  it('has examples that the event map’s own schemas accept', () => {
    for (const event of clientNames)
      for (const example of clientEventExamples[event]) {
        expect(clientEvents[event].payload.safeParse(example.payload).success, `${event} ${example.name}`).toBe(true)
        expect(clientEvents[event].ack.safeParse(example.ack).success, `${event} ${example.name} ack`).toBe(true)
      }
    for (const example of ackErrorExamples) expect(ackErrorSchema.safeParse(example.payload).success).toBe(true)
    for (const event of serverNames)
      for (const example of serverEventExamples[event]) expect(serverEvents[event].payload.safeParse(example.payload).success, event).toBe(true)
  })
})
