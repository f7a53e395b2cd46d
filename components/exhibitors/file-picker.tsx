'use client'

import { useRef, useState } from 'react'
import { FileUp, X } from 'lucide-react'

import { Button } from '@/components/ui/button'
import { FormField, fieldProps } from '@/components/ui/form-field'

const sizeFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 })
const humanSize = (bytes: number) => (bytes < 1024 * 1024 ? `${sizeFormat.format(bytes / 1024)} KB` : `${sizeFormat.format(bytes / 1024 / 1024)} MB`)

/**
 * A file input that says what will happen: the chosen file (name, size) replaces the current one,
 * or the current one stays. The server checks the content; `accept` only narrows the picker.
 */
export function FilePicker({
  id,
  label,
  accept,
  hint,
  error,
  current,
  onChange,
}: {
  id: string
  label: string
  accept: string
  hint: string
  error?: string
  current?: { url: string; label: string } | null
  onChange: (file: File | null) => void
}) {
  const input = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
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
