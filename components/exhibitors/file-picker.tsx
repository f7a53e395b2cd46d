'use client'

import { useEffect, useMemo, useRef, useState } from 'react'
import { FileUp, X } from 'lucide-react'

import { Button } from '@/components/ui/button'
import { FormField, fieldProps } from '@/components/ui/form-field'

const sizeFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 })
const humanSize = (bytes: number) => (bytes < 1024 * 1024 ? `${sizeFormat.format(bytes / 1024)} KB` : `${sizeFormat.format(bytes / 1024 / 1024)} MB`)

/**
 * The API names a field by its wire name ("pdf must be a PDF document"); a person reads the label
 * they see ("PDF brochure must be a PDF document").
 */
export function humanFileError(message: string | undefined, field: string, label: string): string | undefined {
  if (!message) return message
  return message.startsWith(`${field} `) ? `${label}${message.slice(field.length)}` : message
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
 * chosen file, with its name and size, replaces the current one, or the current one stays), and a
 * way to take a chosen file back. The server checks the content; `accept` only narrows the picker.
 * `field` is the API's name for it, so the server's refusals read with `label`.
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
}: {
  id: string
  field: string
  label: string
  accept: string
  hint: string
  error?: string
  current?: { url: string; label: string } | null
  onChange: (file: File | null) => void
}) {
  const input = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const thumbnail = useThumbnail(file, current?.url, accept.startsWith('image/'))
  error = humanFileError(error, field, label)
  const choose = (next: File | null) => {
    setFile(next)
    onChange(next)
  }
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
          {file || current ? 'Replace…' : 'Choose file…'}
        </Button>
        <span className="min-w-0 flex-1 truncate text-xs text-muted-foreground" aria-live="polite">
          {file ? (
            <>
              <span className="font-medium text-foreground">{file.name}</span> · {humanSize(file.size)}
            </>
          ) : current ? (
            <a href={current.url} target="_blank" rel="noreferrer" className="underline-offset-2 hover:underline">
              Current: {current.label}
            </a>
          ) : (
            'No file'
          )}
        </span>
        {file && (
          <Button
            type="button"
            variant="ghost"
            size="icon"
            className="size-7"
            aria-label={`Remove ${file.name}`}
            onClick={() => {
              if (input.current) input.current.value = ''
              choose(null)
            }}
          >
            <X aria-hidden />
          </Button>
        )}
      </div>
    </FormField>
  )
}
