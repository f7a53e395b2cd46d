import type { BoothJson } from '@/lib/schemas/booths'

/** What a reviewer accepted: kept when an edit sends the booth back to review, to show what changed. */
export const SNAPSHOT_FIELDS = ['title', 'date', 'start_time', 'end_time', 'timezone', 'starts_at', 'ends_at', 'location', 'description'] as const
export type BoothSnapshot = Pick<BoothJson, (typeof SNAPSHOT_FIELDS)[number]>

export function snapshotOf(booth: BoothJson): BoothSnapshot {
  return Object.fromEntries(SNAPSHOT_FIELDS.map((field) => [field, booth[field]])) as BoothSnapshot
}

/** Reads a stored snapshot back, tolerating a missing or malformed one. */
export function readSnapshot(value: unknown): BoothSnapshot | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const record = value as Record<string, unknown>
  return SNAPSHOT_FIELDS.every((field) => typeof record[field] === 'string') ? (record as BoothSnapshot) : null
}

/** The snapshot fields that differ between what was accepted and the booth now. */
export function changedSince(snapshot: BoothSnapshot | null, booth: BoothJson): string[] {
  if (!snapshot) return []
  return SNAPSHOT_FIELDS.filter((field) => snapshot[field] !== booth[field])
}
