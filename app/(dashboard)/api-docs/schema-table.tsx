import { Fragment, type ReactNode } from 'react'
import { useTranslations } from 'next-intl'

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'

/** Text with `code` spans, as the document's descriptions write them. */
export function Prose({ text }: { text: string }) {
  return text.split(/(`[^`]+`)/).map((part, index) =>
    part.startsWith('`') && part.endsWith('`') ? (
      <code key={index} className="rounded bg-muted px-1 py-0.5 font-mono text-[0.85em] text-foreground">
        {part.slice(1, -1)}
      </code>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    ),
  )
}

/** The part of JSON Schema the AsyncAPI document's payloads use. */
export interface JsonSchema {
  $ref?: string
  type?: string | string[]
  format?: string
  enum?: unknown[]
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: JsonSchema | boolean
  description?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  examples?: unknown[]
}

export type Schemas = Record<string, JsonSchema>

/** `#/components/schemas/Message` → `Message`. */
export const refName = (ref: string) => ref.split('/').at(-1) ?? ref
export const schemaAnchor = (name: string) => `schema-${name}`

/** The schema behind a `$ref`, or the schema itself. */
export const resolve = (schema: JsonSchema, schemas: Schemas): JsonSchema => (schema.$ref ? (schemas[refName(schema.$ref)] ?? {}) : schema)

/** A field's type in a word or two; a named schema links to its own table below. */
function TypeName({ schema }: { schema: JsonSchema }): ReactNode {
  const t = useTranslations('apiDocs')
  if (schema.$ref) {
    const name = refName(schema.$ref)
    return (
      <a href={`#${schemaAnchor(name)}`} className="text-primary underline-offset-4 hover:underline">
        {name}
      </a>
    )
  }
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ')
  if (schema.type === 'array' && schema.items)
    return (
      <>
        <TypeName schema={schema.items} />
        []
      </>
    )
  if (schema.type === 'object' && typeof schema.additionalProperties === 'object')
    return (
      <>
        {t('mapOf')} <TypeName schema={schema.additionalProperties} />
      </>
    )
  const types = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any')
  return schema.format ? `${types} (${schema.format})` : types
}

/** Limits worth telling a client: lengths and ranges (not the ±2⁵³ every integer has). */
function limits(schema: JsonSchema, t: ReturnType<typeof useTranslations<'apiDocs'>>): string[] {
  const notes: string[] = []
  if (schema.minLength !== undefined || schema.maxLength !== undefined)
    notes.push(t('characters', { min: schema.minLength ?? 0, max: schema.maxLength ?? '∞' }))
  const huge = (value: number | undefined) => value === undefined || Math.abs(value) >= Number.MAX_SAFE_INTEGER
  if (!huge(schema.minimum) || !huge(schema.maximum))
    notes.push(t('range', { min: schema.minimum ?? '−∞', max: huge(schema.maximum) ? '∞' : String(schema.maximum) }))
  if (schema.examples?.length) notes.push(t('example', { value: JSON.stringify(schema.examples[0]) }))
  return notes
}

/**
 * An object schema's fields as a table: name, type, whether it is required, what it means. The
 * caption names the table for assistive technology (and for the eye).
 */
export function SchemaTable({ caption, schema, schemas }: { caption: string; schema: JsonSchema; schemas: Schemas }) {
  const t = useTranslations('apiDocs')
  const resolved = resolve(schema, schemas)
  const fields = Object.entries(resolved.properties ?? {})
  const required = new Set(resolved.required ?? [])
  return (
    <div className="overflow-hidden rounded-md border">
      <Table className="caption-top">
        <caption className="border-b bg-muted/30 px-4 py-2 text-start text-xs font-medium text-foreground">
          {caption}
          {schema.$ref && <span className="font-normal text-muted-foreground"> ({refName(schema.$ref)})</span>}
        </caption>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">{t('columns.field')}</TableHead>
            <TableHead scope="col">{t('columns.type')}</TableHead>
            <TableHead scope="col">{t('columns.required')}</TableHead>
            <TableHead scope="col">{t('columns.description')}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {fields.length === 0 && (
            <TableRow>
              <TableCell colSpan={4} className="text-muted-foreground">
                {t('noFields')}
              </TableCell>
            </TableRow>
          )}
          {fields.map(([name, field]) => (
            <TableRow key={name}>
              <TableHead scope="row" className="font-mono text-xs font-medium text-foreground">
                {name}
              </TableHead>
              <TableCell className="font-mono text-xs">
                <TypeName schema={field} />
              </TableCell>
              <TableCell className="text-xs">{required.has(name) ? t('yes') : <span className="text-muted-foreground">{t('no')}</span>}</TableCell>
              <TableCell className="py-2 text-xs text-muted-foreground">
                <Prose text={[field.description, ...limits(field, t)].filter(Boolean).join(' · ') || '—'} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  )
}
