import type { ReactNode } from 'react'
import { ArrowDownLeft, ArrowUpRight, FileJson } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { Badge } from '@/components/ui/badge'
import type { AsyncApiDocument } from '@/lib/realtime/asyncapi-document'
import { Prose, refName, schemaAnchor, SchemaTable, type JsonSchema, type Schemas } from './schema-table'

interface Message {
  name: string
  summary: string
  description?: string
  payload: JsonSchema
}
interface Operation {
  action: 'send' | 'receive'
  channel: { $ref: string }
  messages: { $ref: string }[]
  reply?: { messages: { $ref: string }[] }
}

const DIRECTIONS = ['send', 'receive'] as const

/** `#/channels/join_room/messages/request` → the component message it points at. */
function messageAt(doc: AsyncApiDocument, ref: string): Message {
  const [, , channel, , key] = ref.split('/')
  const target = (doc.channels[channel!]!.messages as Record<string, { $ref: string }>)[key!]!
  return (doc.components.messages as Record<string, Message>)[refName(target.$ref)]!
}

/** The named schemas that payload fields refer to (a `Message[]`, a `BoothStatus`), each once, in order of first use. */
function nestedRefs(payloads: JsonSchema[], schemas: Schemas): string[] {
  const found = new Set<string>()
  const visit = (schema: JsonSchema | boolean | undefined, top: boolean) => {
    if (!schema || typeof schema !== 'object') return
    if (schema.$ref) {
      const name = refName(schema.$ref)
      if (!top && !found.has(name)) found.add(name)
      else if (!top) return
      visit(schemas[name], false)
      return
    }
    for (const field of Object.values(schema.properties ?? {})) visit(field, false)
    visit(schema.items, false)
    visit(schema.additionalProperties, false)
  }
  for (const payload of payloads) visit(payload, true)
  return [...found]
}

function EventSection({ id, event, children }: { id: string; event: Message; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-lg border bg-card p-5 shadow-xs">
      <div className="flex flex-col gap-1">
        <h3 id={id} className="font-mono text-base font-semibold text-foreground">
          {event.name}
        </h3>
        <p className="text-sm text-foreground">{event.summary}</p>
        {event.description && (
          <p className="max-w-3xl text-sm text-muted-foreground">
            <Prose text={event.description} />
          </p>
        )}
      </div>
      {children}
    </section>
  )
}

/**
 * The AsyncAPI document of the live rooms, rendered here (no viewer library): the connection, then
 * every event grouped by direction with its payload and acknowledgement fields as tables, then the
 * named schemas those tables link to. Headings run h2 (section) → h3 (event, schema) under the page's h1.
 */
export function LiveEventsReference({ doc }: { doc: AsyncApiDocument }) {
  const t = useTranslations('apiDocs')
  const version = `AsyncAPI ${doc.asyncapi}`
  const schemas = doc.components.schemas as Schemas
  const operations = Object.entries(doc.operations as Record<string, Operation>)
  const server = doc.servers.app
  const schemes = Object.values(doc.components.securitySchemes) as { description: string }[]
  const errorAck = (doc.components.messages as Record<string, Message>).AckError!
  const named = [
    ...new Set([
      'AckError',
      ...nestedRefs(
        Object.values(doc.components.messages as Record<string, Message>).map((message) => message.payload),
        schemas,
      ),
    ]),
  ]

  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="live-overview" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="live-overview" className="text-lg font-semibold text-foreground">
            {doc.info.title} <span className="text-sm font-normal text-muted-foreground">{version}</span>
          </h2>
          <a
            href="/api/asyncapi.json"
            className="inline-flex items-center gap-1.5 rounded-md border bg-card px-3 py-1.5 text-sm font-medium text-foreground hover:bg-accent"
          >
            <FileJson aria-hidden className="size-4" />
            {t('rawDocument')}
          </a>
        </div>
        {doc.info.description.split('\n\n').map((paragraph) => (
          <p key={paragraph} className="max-w-3xl text-sm text-muted-foreground">
            <Prose text={paragraph} />
          </p>
        ))}
        <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="font-medium text-foreground">{t('server')}</dt>
          <dd className="font-mono text-xs text-muted-foreground">
            {server.protocol}://{server.host}
            {server.pathname}/
          </dd>
          <dt className="font-medium text-foreground">{t('authentication')}</dt>
          <dd className="flex flex-col gap-1 text-muted-foreground">
            {schemes.map((scheme) => (
              <span key={scheme.description}>
                <Prose text={scheme.description} />
              </span>
            ))}
          </dd>
        </dl>
      </section>

      {DIRECTIONS.map((action) => (
        <section key={action} aria-labelledby={`live-${action}`} className="flex flex-col gap-4">
          <h2 id={`live-${action}`} className="flex items-center gap-2 text-lg font-semibold text-foreground">
            {action === 'send' ? <ArrowUpRight aria-hidden className="size-5 text-primary" /> : <ArrowDownLeft aria-hidden className="size-5 text-primary" />}
            {action === 'send' ? t('clientEvents') : t('serverEvents')}
            <Badge tone="neutral">{operations.filter(([, operation]) => operation.action === action).length}</Badge>
          </h2>
          <p className="-mt-2 max-w-3xl text-sm text-muted-foreground">{action === 'send' ? t('clientEventsIntro') : t('serverEventsIntro')}</p>
          {operations
            .filter(([, operation]) => operation.action === action)
            .map(([id, operation]) => {
              const event = messageAt(doc, operation.messages[0]!.$ref)
              const ack = operation.reply ? messageAt(doc, operation.reply.messages[0]!.$ref) : undefined
              return (
                <EventSection key={id} id={`event-${id}`} event={event}>
                  <div className="grid grid-cols-1 items-start gap-3 xl:grid-cols-2">
                    <SchemaTable caption={t('payload', { event: event.name })} schema={event.payload} schemas={schemas} />
                    {ack && <SchemaTable caption={t('acknowledgement', { event: event.name })} schema={ack.payload} schemas={schemas} />}
                  </div>
                </EventSection>
              )
            })}
        </section>
      ))}

      <section aria-labelledby="live-schemas" className="flex flex-col gap-4">
        <h2 id="live-schemas" className="text-lg font-semibold text-foreground">
          {t('sharedSchemas')}
        </h2>
        <p className="-mt-2 max-w-3xl text-sm text-muted-foreground">
          {t('sharedSchemasIntro')} <Prose text={`\`AckError\`: ${errorAck.summary}`} />
        </p>
        <div className="grid grid-cols-1 items-start gap-3 xl:grid-cols-2">
          {named.map((name) => (
            <section key={name} id={schemaAnchor(name)} aria-labelledby={`${schemaAnchor(name)}-title`} className="flex min-w-0 scroll-mt-20 flex-col gap-2">
              <h3 id={`${schemaAnchor(name)}-title`} className="font-mono text-sm font-semibold text-foreground">
                {name}
              </h3>
              {schemas[name]!.enum ? (
                <p className="text-sm text-muted-foreground">
                  {t('oneOf')}{' '}
                  <span className="font-mono text-xs text-foreground">{schemas[name]!.enum.map((value) => JSON.stringify(value)).join(' | ')}</span>
                </p>
              ) : (
                <SchemaTable caption={t('schemaFields', { name })} schema={schemas[name]!} schemas={schemas} />
              )}
            </section>
          ))}
        </div>
      </section>
    </div>
  )
}
