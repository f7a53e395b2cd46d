'use client'

import { useState, type ReactNode } from 'react'
import Link from 'next/link'
import { Ellipsis, Eye, Pencil, Trash2, type LucideIcon } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { useAnnouncedAction, useUndoableAction } from '@/components/feedback/announce'
import type { DeleteConfirmation } from '@/components/feedback/delete-record-button'
import { Button } from '@/components/ui/button'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import type { ActionResult } from '@/lib/auth/dashboard-action'

/** The shared entries' words (messages `table.*`), read when the menu renders. */
type SharedLabel = 'view' | 'edit' | 'delete'

/** One entry of a row's ⋯ menu: a link, or a command. `labelKey`: a shared entry, worded by the menu (`label` is then its key). */
export type RowAction =
  | { label: string; labelKey?: SharedLabel; icon: LucideIcon; href: string }
  | { label: string; labelKey?: SharedLabel; icon: LucideIcon; onSelect: () => void; disabled?: boolean; destructive?: boolean }

/** View and Edit of a record whose page is `href` (its form at `href/edit`). */
export const viewEditActions = (href: string): RowAction[] => [
  { label: 'view', labelKey: 'view', icon: Eye, href },
  { label: 'edit', labelKey: 'edit', icon: Pencil, href: `${href}/edit` },
]

/** "Delete…": opens the row's confirmation, which does the deleting. */
export const deleteAction = (onSelect: () => void, disabled?: boolean): RowAction => ({
  label: 'delete',
  labelKey: 'delete',
  icon: Trash2,
  onSelect,
  disabled,
  destructive: true,
})

interface RowActionsMenuProps {
  /** Names the row in the trigger's accessible name: "Actions for {name}". */
  name: string
  /** The menu's heading; `name` by default. */
  heading?: string
  /** While a row's action runs, the trigger is disabled. */
  pending?: boolean
  /** Classes of the menu (its width). */
  className?: string
  actions: RowAction[]
  /** Entries above the actions, followed by a separator. */
  children?: ReactNode
}

/** The ⋯ menu of one table row: a heading, then the row's actions. */
export function RowActionsMenu({ name, heading = name, pending = false, className = 'w-44', actions, children }: RowActionsMenuProps) {
  const t = useTranslations('table')
  const labelOf = (action: RowAction) => (action.labelKey ? t(action.labelKey) : action.label)
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="size-8" aria-label={t('actionsFor', { name })} disabled={pending}>
          <Ellipsis aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className={className}>
        <DropdownMenuLabel className="truncate">{heading}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {children && (
          <>
            {children}
            <DropdownMenuSeparator />
          </>
        )}
        {actions.map((action) =>
          'href' in action ? (
            <DropdownMenuItem key={action.label} asChild>
              <Link href={action.href}>
                <action.icon aria-hidden />
                {labelOf(action)}
              </Link>
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem
              key={action.label}
              disabled={action.disabled}
              className={action.destructive ? 'text-destructive data-[highlighted]:text-destructive [&_svg]:text-destructive!' : undefined}
              onSelect={action.onSelect}
            >
              <action.icon aria-hidden />
              {labelOf(action)}
            </DropdownMenuItem>
          ),
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  )
}

/**
 * The ⋯ menu of a record with a page: View, Edit, and Delete… behind `confirmation`, which runs
 * `onDelete` (announced; with Undo in the toast when `onUndo` is given) when confirmed.
 */
export function RecordRowActions({
  name,
  href,
  onDelete,
  onUndo,
  confirmation,
}: {
  name: string
  href: string
  onDelete: () => Promise<ActionResult>
  onUndo?: () => Promise<ActionResult>
  confirmation: (dialog: DeleteConfirmation) => ReactNode
}) {
  const [undoablePending, runUndoable] = useUndoableAction()
  const [announcedPending, runAnnounced] = useAnnouncedAction()
  const pending = undoablePending || announcedPending
  const run = (action: () => Promise<ActionResult>) => (onUndo ? runUndoable(action, onUndo) : runAnnounced(action))
  const [open, setOpen] = useState(false)
  return (
    <>
      <RowActionsMenu name={name} pending={pending} actions={[...viewEditActions(href), deleteAction(() => setOpen(true))]} />
      {confirmation({ open, onOpenChange: setOpen, onConfirm: () => run(onDelete) })}
    </>
  )
}
