'use client'

import { Copy, Download } from 'lucide-react'
import { toast } from 'sonner'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'

/** Ten codes, shown once: copied, downloaded or written down before the user moves on. */
export function RecoveryCodes({ codes, onDone, doneLabel }: { codes: string[]; onDone: () => void; doneLabel?: string }) {
  const t = useTranslations('security.recovery')
  const tCommon = useTranslations('common.actions')
  const asText = `${t('fileHeading')}\n\n${codes.join('\n')}\n`

  async function copy() {
    try {
      await navigator.clipboard.writeText(asText)
      toast.success(t('copied'))
    } catch {
      toast.error(t('copyBlocked'))
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
        {t('intro')} <strong>{t('onlyNow')}</strong>
      </p>
      <ul aria-label={t('label')} className="grid grid-cols-2 gap-x-6 gap-y-1 rounded-md border bg-muted/50 p-4 font-mono text-sm" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="outline" onClick={() => void copy()}>
          <Copy aria-hidden />
          {tCommon('copy')}
        </Button>
        <Button type="button" variant="outline" onClick={download}>
          <Download aria-hidden />
          {tCommon('download')}
        </Button>
        <Button type="button" onClick={onDone}>
          {doneLabel ?? t('saved')}
        </Button>
      </div>
    </div>
  )
}
