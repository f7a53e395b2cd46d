import Link from 'next/link'

import type { AuditPart, AuditSentence as Sentence } from '@/lib/services/audit/describe-audit-entry'
import { cn } from '@/lib/utils/cn'

function Part({ part, className }: { part: AuditPart; className?: string }) {
  if (!part.href) return <span className={cn('font-medium text-foreground', className)}>{part.label}</span>
  return (
    <Link
      href={part.href}
      prefetch={false}
      className={cn('font-medium text-foreground underline decoration-muted-foreground/50 underline-offset-2 hover:decoration-current', className)}
    >
      {part.label}
    </Link>
  )
}

/** "Ada accepted Live demo — Northwind": the actor and the record linked where they can be opened. */
export function AuditSentence({ sentence, className }: { sentence: Sentence; className?: string }) {
  const { actor, verb, record, suffix } = sentence
  return (
    <span className={cn('text-muted-foreground', className)}>
      <Part part={actor} /> {verb}
      {record && (
        <>
          {' '}
          <Part part={record} />
          {record.deleted && <span className="text-muted-foreground"> (deleted)</span>}
        </>
      )}
      {suffix && ` ${suffix}`}
    </span>
  )
}

/** What the entry changed, one fact per line: "Status: pending → accepted", "Reason: …". */
export function AuditChanges({ sentence, className }: { sentence: Sentence; className?: string }) {
  if (!sentence.changes.length) return null
  return (
    <ul aria-label="Changes" className={cn('flex flex-col gap-0.5 text-xs text-muted-foreground', className)}>
      {sentence.changes.map((change) => (
        <li key={change.label}>
          <span className="font-medium">{change.label}:</span>{' '}
          {change.from !== undefined ? (
            <>
              {change.from} → <span className="text-foreground">{change.to}</span>
            </>
          ) : (
            <span className="text-foreground">{change.text}</span>
          )}
        </li>
      ))}
    </ul>
  )
}
