import { auditRecordNames, recordKey } from './audit-record-names'
import { describeAuditEntry, recordOf, type AuditEntryToDescribe, type AuditSentence, type AuditViewer } from './describe-audit-entry'

/** Sentences for a page of entries, in order, with their records' names looked up together. */
export async function describeAuditEntries(entries: AuditEntryToDescribe[], viewer: AuditViewer): Promise<AuditSentence[]> {
  const names = await auditRecordNames(entries, viewer)
  return entries.map((entry) => {
    const target = recordOf(entry)
    return describeAuditEntry(entry, target ? (names.get(recordKey(target.type, target.id)) ?? null) : null, viewer)
  })
}
