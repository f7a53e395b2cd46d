import Image from 'next/image'
import { FileText, FileType } from 'lucide-react'
import { useTranslations } from 'next-intl'

import type { BoothJson } from '@/lib/schemas/booths'

/** The booth's image (shown) and brochures (linked; the media route serves them as downloads). */
export function BoothFiles({ booth }: { booth: BoothJson }) {
  const t = useTranslations('booths.files')
  const documents = [
    { url: booth.pdf_url, label: t('pdf'), missing: t('noPdf'), icon: FileText },
    { url: booth.docx_url, label: t('docx'), missing: t('noDocx'), icon: FileType },
  ]
  return (
    <div className="flex flex-col gap-4">
      {booth.image_url ? (
        <a href={booth.image_url} target="_blank" rel="noreferrer" className="block overflow-hidden rounded-md border bg-muted/40">
          {/* unoptimized: the file comes from our media route or ImageKit, never through Next's optimizer. */}
          <Image
            src={booth.image_url}
            alt={t('imageOf', { title: booth.title })}
            width={480}
            height={270}
            unoptimized
            className="aspect-video w-full object-contain"
          />
        </a>
      ) : (
        <p className="text-sm text-muted-foreground">{t('noImage')}</p>
      )}
      <ul className="flex flex-col gap-2">
        {documents.map(({ url, label, missing, icon: Icon }) => (
          <li key={label}>
            {url ? (
              <a
                href={url}
                target="_blank"
                rel="noreferrer"
                className="flex items-center gap-2 rounded-md border px-3 py-2 text-sm font-medium text-foreground hover:bg-accent"
              >
                <Icon aria-hidden className="size-4 text-primary" />
                {label}
              </a>
            ) : (
              <span className="flex items-center gap-2 rounded-md border border-dashed px-3 py-2 text-sm text-muted-foreground">
                <Icon aria-hidden className="size-4" />
                {missing}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
