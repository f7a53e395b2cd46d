'use client'

import { useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { useLocale, useTranslations } from 'next-intl'
import { Languages } from 'lucide-react'

import { chooseLocaleAction } from '@/app/locale-actions'
import { LOCALES, LOCALE_NAMES } from '@/lib/i18n/locales'

/** For signed-out pages: each other language as a link-like button, named in its own language. */
export function LanguageSwitcher() {
  const locale = useLocale()
  const t = useTranslations('common.language')
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  return (
    <nav aria-label={t('label')} className="flex items-center gap-2 text-sm text-muted-foreground">
      <Languages aria-hidden className="size-4" />
      {LOCALES.filter((code) => code !== locale).map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          disabled={pending}
          className="underline-offset-4 hover:text-foreground hover:underline disabled:opacity-50"
          onClick={() =>
            startTransition(async () => {
              await chooseLocaleAction(code)
              router.refresh()
            })
          }
        >
          {LOCALE_NAMES[code]}
        </button>
      ))}
    </nav>
  )
}
