import { text } from '@/lib/schemas/text'
import { z } from 'zod'
import { forbidden } from '@/lib/errors'
import { pageOf, pageWindow, type Page } from '@/lib/pagination'
import { db } from '@/lib/db'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Actor } from '@/lib/services/actor'
import { describeAuditEntries } from './describe-audit-entries'
import type { AuditSentence } from './describe-audit-entry'

/**
 * The audit log is for administrators only: its entries carry every actor's email, the client IP
 * and the request id, which staff do not see. Staff read a booth's decisions on the booth's page.
 */
function requireAdmin(actor: Pick<Actor, 'role'>): void {
  if (actor.role !== 'admin') throw forbidden('The audit log is for administrators only')
}

/**
 * The audit page's query. Parsed leniently by the page (a stale URL value falls back to the
 * default), so this schema only states what is valid.
 */
export const listAuditLogQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  page_size: z.coerce.number().int().min(1).max(100).default(20),
  /** Part of the actor's email, case-insensitive. */
  actor: text().trim().max(254).optional(),
  /** An exact action (`booth.accepted`) or a prefix ending in a dot (`booth.`). */
  action: text().trim().max(100).optional(),
  sort: z.enum(['created_at', '-created_at']).default('-created_at'),
})
export type ListAuditLogQuery = z.infer<typeof listAuditLogQuerySchema>

export interface AuditLogItem {
  id: string
  action: string
  entity_type: string
  entity_id: string | null
  /** Null for the system, or once the actor's account is deleted. */
  actor: { id: string; email: string; name: string | null } | null
  details: unknown
  ip: string | null
  request_id: string | null
  created_at: string
  /** The entry in words, with its actor and record named and linked (describe-audit-entry.ts). */
  sentence: AuditSentence
}

function auditWhere(query: Pick<ListAuditLogQuery, 'actor' | 'action'>): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = {}
  if (query.actor) where.actor = { email: { contains: query.actor.toLowerCase() } }
  if (query.action) where.action = query.action.endsWith('.') ? { startsWith: query.action } : query.action
  return where
}

/** A page of audit entries, newest first (admins only); read-only (entries are written by `recordAudit`). */
export async function listAuditLog(actor: Pick<Actor, 'role'>, query: ListAuditLogQuery): Promise<Page<AuditLogItem>> {
  requireAdmin(actor)
  const where = auditWhere(query)
  const direction = query.sort === 'created_at' ? 'asc' : 'desc'
  const prisma = db()
  const [rows, total] = await prisma.$transaction([
    prisma.auditLog.findMany({
      where,
      // UUIDv7 ids are time-ordered, so they break ties between entries of the same millisecond.
      orderBy: [{ createdAt: direction }, { id: direction }],
      ...pageWindow(query),
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        details: true,
        ip: true,
        requestId: true,
        createdAt: true,
        actor: { select: { id: true, email: true, name: true } },
      },
    }),
    prisma.auditLog.count({ where }),
  ])
  const sentences = await describeAuditEntries(rows, { isAdmin: true })
  const items = rows.map((row, index) => ({
    id: row.id,
    action: row.action,
    entity_type: row.entityType,
    entity_id: row.entityId,
    actor: row.actor,
    details: row.details,
    ip: row.ip,
    request_id: row.requestId,
    created_at: row.createdAt.toISOString(),
    sentence: sentences[index]!,
  }))
  return pageOf(items, total, query)
}

/** The distinct actions recorded so far, for the filter menu (a small set: one per kind of change). */
export async function listAuditActions(actor: Pick<Actor, 'role'>): Promise<string[]> {
  requireAdmin(actor)
  const rows = await db().auditLog.findMany({ distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' } })
  return rows.map((row) => row.action)
}
