'use client'

import { useEffect, useMemo, useRef, useState } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { FileUp, Trash2, Undo2, X } from 'lucide-react'

import { Button } from '@/components/ui/button'
import { FormField, fieldProps } from '@/components/ui/form-field'
import { cn } from '@/lib/utils/cn'
import { fileErrorMessage } from './file-errors'

/**
 * The API names a field by its wire name ("pdf must be a PDF document"); a person reads the label
 * they see ("PDF brochure must be a PDF document").
 */
export function humanFileError(message: string | undefined, field: string, label: string): string | undefined {
  if (!message) return message
  return message.startsWith(`${field} `) ? `${label}${message.slice(field.length)}` : message
}

/**
 * The server's refusal in the viewer's language, naming the field by its label. A wording the
 * dashboard does not know stays the server's own in English; other languages get a general
 * "could not be saved" naming the field rather than English text.
 */
function useFileError(error: string | undefined, field: string, label: string): string | undefined {
  const t = useTranslations('files')
  const locale = useLocale()
  if (!error) return undefined
  const known = fileErrorMessage(error, field)
  if (known) return t(known.key, { ...known.values, label })
  return locale === 'en' ? humanFileError(error, field, label) : t('errors.refused', { label })
}

/** A small preview of the chosen image (an object URL, released when it changes) or of the current one. */
function useThumbnail(file: File | null, current: string | undefined, isImage: boolean): string | undefined {
  const chosen = useMemo(() => (file && isImage && file.type.startsWith('image/') ? URL.createObjectURL(file) : undefined), [file, isImage])
  useEffect(
    () => () => {
      if (chosen) URL.revokeObjectURL(chosen)
    },
    [chosen],
  )
  return isImage ? (chosen ?? (file ? undefined : current)) : undefined
}

/**
 * The dashboard's one file field: a thumbnail of the current or chosen image, what will happen (the
 * chosen file, with its name and size, replaces the current one; the current one is removed; or it
 * stays), a way to take a chosen file back and, given `onRemove`, to remove the current file (and
 * undo that until the form is saved). The server checks the content; `accept` only narrows the
 * picker. `field` is the API's name for it, so the server's refusals read with `label`.
 */
export function FilePicker({
  id,
  field,
  label,
  accept,
  hint,
  error,
  current,
  onChange,
  onRemove,
}: {
  id: string
  field: string
  label: string
  accept: string
  hint: string
  error?: string
  current?: { url: string; label: string } | null
  onChange: (file: File | null) => void
  /** Whether the current file is to be removed on save (`remove_<field>=true`); without it, no Remove. */
  onRemove?: (removed: boolean) => void
}) {
  const t = useTranslations('files')
  const input = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [removed, setRemoved] = useState(false)
  const thumbnail = useThumbnail(file, removed ? undefined : current?.url, accept.startsWith('image/'))
  error = useFileError(error, field, label)
  const markRemoved = (next: boolean) => {
    setRemoved(next)
    onRemove?.(next)
  }
  const choose = (next: File | null) => {
    setFile(next)
    onChange(next)
    // A new file replaces the current one anyway: it is no longer "removed".
    if (next && removed) markRemoved(false)
  }
  const size = (bytes: number) => (bytes < 1024 * 1024 ? t('kilobytes', { size: bytes / 1024 }) : t('megabytes', { size: bytes / 1024 / 1024 }))
  const showsCurrent = Boolean(current) && !removed
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      <div
        className="flex min-h-9 flex-wrap items-center gap-2 rounded-md border border-dashed border-input px-2 py-1.5 aria-invalid:border-destructive"
        aria-invalid={error ? true : undefined}
      >
        {thumbnail ? (
          // eslint-disable-next-line @next/next/no-img-element -- a blob: URL or our media route: nothing for Next's optimizer.
          <img src={thumbnail} alt="" className="size-10 shrink-0 rounded border bg-muted object-cover" />
        ) : null}
        <input
          ref={input}
          {...fieldProps(id, error)}
          type="file"
          accept={accept}
          className="sr-only"
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
        />
        <Button type="button" variant="outline" size="sm" onClick={() => input.current?.click()}>
          <FileUp aria-hidden />
          {file || showsCurrent ? t('replace') : t('choose')}
        </Button>
        {/* At least 8rem, so that in a narrow column the buttons wrap rather than squeeze the words; what will happen on save is never cut. */}
        <span className={cn('min-w-32 flex-1 text-xs text-muted-foreground', file || !removed ? 'truncate' : 'text-pretty')} aria-live="polite">
          {file ? (
            <>
              <span className="font-medium text-foreground">{file.name}</span> · {size(file.size)}
            </>
          ) : current && removed ? (
            t('willRemove', { label: current.label })
          ) : current ? (
            <a href={current.url} target="_blank" rel="noreferrer" className="underline-offset-2 hover:underline">
              {t('current', { label: current.label })}
            </a>
          ) : (
            t('noFile')
          )}
        </span>
        {file && (
          <Button
            type="button"
            variant="ghost"
            size="icon"
            className="size-7"
            aria-label={t('takeBack', { name: file.name })}
            onClick={() => {
              if (input.current) input.current.value = ''
              choose(null)
            }}
          >
            <X aria-hidden />
          </Button>
        )}
        {!file && current && onRemove && (
          // One button that turns into its own undo, so keyboard focus stays on it.
          <Button
            type="button"
            variant="ghost"
            size="sm"
            aria-label={removed ? t('undoRemoveNamed', { label: current.label }) : t('removeNamed', { label: current.label })}
            onClick={() => markRemoved(!removed)}
          >
            {removed ? <Undo2 aria-hidden className="rtl:-scale-x-100" /> : <Trash2 aria-hidden />}
            {removed ? t('undoRemove') : t('remove')}
          </Button>
        )}
      </div>
    </FormField>
  )
}
