'use client'

import { Copy, Download } from 'lucide-react'
import { toast } from 'sonner'

import { Button } from '@/components/ui/button'

/** Ten codes, shown once: copied, downloaded or written down before the user moves on. */
export function RecoveryCodes({ codes, onDone, doneLabel = 'I have saved them' }: { codes: string[]; onDone: () => void; doneLabel?: string }) {
  const asText = `VI Cross recovery codes (each works once)\n\n${codes.join('\n')}\n`

  async function copy() {
    try {
      await navigator.clipboard.writeText(asText)
      toast.success('Recovery codes copied')
    } catch {
      toast.error('Copying is blocked here: download them or write them down.')
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([asText], { type: 'text/plain' }))
    const link = Object.assign(document.createElement('a'), { href: url, download: 'vi-cross-recovery-codes.txt' })
    link.click()
    URL.revokeObjectURL(url)
  }

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        Keep these recovery codes somewhere safe, away from your phone. Each one signs you in once if you lose your phone or your passkey.{' '}
        <strong>They are shown only now.</strong>
      </p>
      <ul
        aria-label="Recovery codes"
        className="grid grid-cols-2 gap-x-6 gap-y-1 rounded-md border bg-muted/50 p-4 font-mono text-sm"
        data-testid="recovery-codes"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="outline" onClick={() => void copy()}>
          <Copy aria-hidden />
          Copy
        </Button>
        <Button type="button" variant="outline" onClick={download}>
          <Download aria-hidden />
          Download
        </Button>
        <Button type="button" onClick={onDone}>
          {doneLabel}
        </Button>
      </div>
    </div>
  )
}
