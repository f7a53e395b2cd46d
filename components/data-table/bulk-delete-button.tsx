'use client'

import { Trash2 } from 'lucide-react'
import { useTranslations } from 'next-intl'

import type { ActionResult } from '@/lib/auth/dashboard-action'
import { BulkActionButton } from './bulk-action-button'

interface BulkDeleteButtonProps {
  ids: string[]
  /**
   * The records counted, for the confirmation: singular and plural nouns (['booth', 'booths']), or
   * the count in words of the reader's language (its plural forms: `(n) => t('booths', { count: n })`).
   */
  noun: [string, string] | ((count: number) => string)
  /** What else goes with the records, shown before they are deleted. */
  description: string
  action: (ids: string[]) => Promise<ActionResult>
  onDone: () => void
  /** For records that go to a trash: Undo in the toast. */
  undo?: (ids: string[]) => Promise<ActionResult>
}

/** "Delete selected" for a table's bulk bar: asks first, then reports the server action's answer. */
export function BulkDeleteButton({ ids, noun, description, action, onDone, undo }: BulkDeleteButtonProps) {
  const t = useTranslations('table')
  const count = typeof noun === 'function' ? noun(ids.length) : ids.length === 1 ? `1 ${noun[0]}` : `${ids.length} ${noun[1]}`
  return (
    <BulkActionButton
      ids={ids}
      icon={Trash2}
      label={t('deleteSelected')}
      title={t('deleteTitle', { what: count })}
      description={description}
      confirmLabel={t('deleteConfirm', { what: count })}
      action={action}
      onDone={onDone}
      undo={undo}
    />
  )
}
