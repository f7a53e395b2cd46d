import type { ReactNode } from 'react'
import Link from 'next/link'
import { useFormatter, useTranslations } from 'next-intl'

import type { AuditPart, AuditSentence as Sentence } from '@/lib/services/audit/describe-audit-entry'
import { auditFormat, auditT, sentenceKey, sentenceValues, valueText } from '@/lib/services/audit/audit-text'
import { cn } from '@/lib/utils/cn'

function Part({ href, children, className }: { href: AuditPart['href']; children: ReactNode; className?: string }) {
  // dir="auto": a name in another script keeps its own direction inside the sentence (isolated).
  if (!href)
    return (
      <span dir="auto" className={cn('font-medium text-foreground', className)}>
        {children}
      </span>
    )
  return (
    <Link
      href={href}
      dir="auto"
      prefetch={false}
      className={cn('font-medium text-foreground underline decoration-muted-foreground/50 underline-offset-2 hover:decoration-current', className)}
    >
      {children}
    </Link>
  )
}

type RichT = { rich: (key: string, values: Record<string, string | ((chunks: ReactNode) => ReactNode)>) => ReactNode }

/** "Ada accepted Live demo — Northwind", in the reader's language: the actor and the record linked where they can be opened. */
export function AuditSentence({ sentence, className }: { sentence: Sentence; className?: string }) {
  const translate = useTranslations('audit')
  const t = auditT(translate)
  const { actor, record } = sentence
  return (
    <span className={cn('text-muted-foreground', className)}>
      {(translate as unknown as RichT).rich(sentenceKey(sentence), {
        ...sentenceValues(sentence, t),
        actor: (chunks) => <Part href={actor.href}>{chunks}</Part>,
        record: (chunks) => (
          <>
            <Part href={record?.href ?? null}>{chunks}</Part>
            {record?.deleted && <span className="text-muted-foreground"> {t('deleted')}</span>}
          </>
        ),
      })}
    </span>
  )
}

/** What the entry changed, one fact per line: "Status: pending → accepted", "Reason: …". */
export function AuditChanges({ sentence, className }: { sentence: Sentence; className?: string }) {
  const t = auditT(useTranslations('audit'))
  const format = auditFormat(useFormatter())
  if (!sentence.changes.length) return null
  return (
    <ul aria-label={t('changes.label')} className={cn('flex flex-col gap-0.5 text-xs text-muted-foreground', className)}>
      {sentence.changes.map((change) => (
        <li key={change.field}>
          <span className="font-medium">{t(`changes.field.${change.field}`)}:</span>{' '}
          {change.from && change.to ? (
            <>
              <bdi>{valueText(change.from, t, format)}</bdi> {t('changes.arrow')} <bdi className="text-foreground">{valueText(change.to, t, format)}</bdi>
            </>
          ) : (
            <bdi className="text-foreground">{change.value ? valueText(change.value, t, format) : null}</bdi>
          )}
        </li>
      ))}
    </ul>
  )
}
