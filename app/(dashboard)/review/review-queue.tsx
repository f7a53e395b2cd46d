'use client'

import { useEffect, useRef, useState, useTransition } from 'react'
import { CheckCheck, Keyboard } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { announce } from '@/components/feedback/announce'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import type { ReviewQueueItem } from '@/lib/services/booths/review-queue'
import { acceptBoothsAction, rejectBoothAction } from './actions'
import { RejectDialog } from './reject-dialog'
import { ReviewRow } from './review-row'

// The queue's own keys, as the `?` dialog lists them (components/shell/shortcuts.ts), each with its `review.queue.keys` message.
const HINTS = [
  { keys: ['↑', '↓'], label: 'move' },
  { keys: ['k', 'j'], label: 'move' },
  { keys: ['a'], label: 'accept' },
  { keys: ['r'], label: 'reject' },
  { keys: ['x'], label: 'select' },
] as const

/**
 * The pending booths, oldest first. A focused row answers single keys: `a` accepts it, `r` asks for
 * a reason (Enter sends), `x` selects it, arrows or j/k move. After a decision the row leaves the
 * list and focus stays at the same position, on the next booth.
 */
export function ReviewQueue({ items }: { items: ReviewQueueItem[] }) {
  const t = useTranslations('review.queue')
  const rows = useRef<(HTMLLIElement | null)[]>([])
  const [focusIndex, setFocusIndex] = useState<number | null>(null)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [busy, setBusy] = useState<Set<string>>(new Set())
  const [rejecting, setRejecting] = useState<ReviewQueueItem | null>(null)
  const [, startTransition] = useTransition()

  // When the list changes under a decision, put focus back where the reviewer was working.
  useEffect(() => {
    if (focusIndex === null || items.length === 0) return
    rows.current[Math.min(focusIndex, items.length - 1)]?.focus()
  }, [items, focusIndex])

  const decide = (ids: string[], index: number | null, run: () => Promise<Awaited<ReturnType<typeof acceptBoothsAction>>>) => {
    setFocusIndex(index)
    setBusy((current) => new Set([...current, ...ids]))
    startTransition(async () => {
      const result = await run()
      announce(result)
      setBusy((current) => new Set([...current].filter((id) => !ids.includes(id))))
      if (result.ok) setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))))
    })
  }
  const accept = (item: ReviewQueueItem, index: number) => decide([item.id], index, () => acceptBoothsAction([item.id]))
  const toggle = (id: string, on: boolean) => setSelected((current) => (on ? new Set([...current, id]) : new Set([...current].filter((other) => other !== id))))

  const onKeyDown = (item: ReviewQueueItem, index: number) => (event: React.KeyboardEvent<HTMLLIElement>) => {
    // Keys typed into a control inside the row (its checkbox, buttons) keep their own meaning.
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return
    const move = (to: number) => rows.current[Math.max(0, Math.min(items.length - 1, to))]?.focus()
    const actions: Record<string, () => void> = {
      a: () => accept(item, index),
      r: () => {
        setFocusIndex(index)
        setRejecting(item)
      },
      x: () => toggle(item.id, !selected.has(item.id)),
      ArrowDown: () => move(index + 1),
      j: () => move(index + 1),
      ArrowUp: () => move(index - 1),
      k: () => move(index - 1),
    }
    const action = actions[event.key]
    if (!action) return
    event.preventDefault()
    action()
  }

  const allSelected = items.length > 0 && items.every((item) => selected.has(item.id))
  const chosen = items.filter((item) => selected.has(item.id)).map((item) => item.id)

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-3 ps-4">
          <Checkbox
            aria-label={t('selectAll')}
            checked={allSelected ? true : chosen.length > 0 ? 'indeterminate' : false}
            onCheckedChange={(value) => setSelected(value === true ? new Set(items.map((item) => item.id)) : new Set())}
          />
          <Button
            size="sm"
            variant={chosen.length ? 'default' : 'outline'}
            disabled={chosen.length === 0}
            onClick={() => decide(chosen, 0, () => acceptBoothsAction(chosen))}
          >
            <CheckCheck aria-hidden />
            {chosen.length ? t('acceptCount', { count: chosen.length }) : t('acceptSelected')}
          </Button>
        </div>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
          <Keyboard aria-hidden className="size-3.5" />
          {HINTS.map(({ keys, label }) => (
            <span key={keys.join()}>
              <kbd className="rounded border bg-muted px-1 py-0.5 font-mono text-[10px] text-foreground">{keys.join(' ')}</kbd> {t(`keys.${label}`)}
            </span>
          ))}
          <span>
            <kbd className="rounded border bg-muted px-1 py-0.5 font-mono text-[10px] text-foreground">?</kbd> {t('allShortcuts')}
          </span>
        </p>
      </div>
      <ul aria-label={t('list')} className="divide-y overflow-hidden rounded-lg border bg-card shadow-xs">
        {items.map((item, index) => (
          <ReviewRow
            key={item.id}
            item={item}
            selected={selected.has(item.id)}
            busy={busy.has(item.id)}
            rowRef={(element) => {
              rows.current[index] = element
            }}
            onSelect={(on) => toggle(item.id, on)}
            onAccept={() => accept(item, index)}
            onReject={() => {
              setFocusIndex(index)
              setRejecting(item)
            }}
            onKeyDown={onKeyDown(item, index)}
          />
        ))}
      </ul>
      <RejectDialog
        title={rejecting?.title ?? t('fallbackTitle')}
        open={rejecting !== null}
        onOpenChange={(open) => !open && setRejecting(null)}
        onReject={(reason) => {
          const item = rejecting
          if (item) decide([item.id], focusIndex, () => rejectBoothAction(item.id, reason))
        }}
      />
    </div>
  )
}
