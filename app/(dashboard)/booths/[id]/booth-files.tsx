import Image from 'next/image'
import { FileText, FileType } from 'lucide-react'

import type { BoothJson } from '@/lib/schemas/booths'

/** The booth's image (shown) and brochures (linked; the media route serves them as downloads). */
export function BoothFiles({ booth }: { booth: BoothJson }) {
  const documents = [
    { url: booth.pdf_url, label: 'PDF brochure', icon: FileText },
    { url: booth.docx_url, label: 'Word brochure', icon: FileType },
  ]
  return (
    <div className="flex flex-col gap-4">
      {booth.image_url ? (
        <a href={booth.image_url} target="_blank" rel="noreferrer" className="block overflow-hidden rounded-md border bg-muted/40">
          {/* unoptimized: the file comes from our media route or ImageKit, never through Next's optimizer. */}
          <Image src={booth.image_url} alt={`Image of ${booth.title}`} width={480} height={270} unoptimized className="aspect-video w-full object-contain" />
        </a>
      ) : (
        <p className="text-sm text-muted-foreground">No image.</p>
      )}
      <ul className="flex flex-col gap-2">
        {documents.map(({ url, label, icon: Icon }) => (
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
                No {label.toLowerCase()}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
