'use client'

import { useState, useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { toast } from 'sonner'

import { savePreferencesAction } from '@/app/locale-actions'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { FormField } from '@/components/ui/form-field'
import { NativeSelect } from '@/components/ui/native-select'
import { HOUR_CYCLES, LOCALES, LOCALE_NAMES, type HourCycle, type Locale } from '@/lib/i18n/locales'

/** Language and clock: saved as soon as one is picked, and the page redraws in the new language. */
export function PreferencesCard({ locale, hourCycle }: { locale: Locale | null; hourCycle: HourCycle | null }) {
  const t = useTranslations('profile.preferences')
  const tCommon = useTranslations('common')
  const router = useRouter()
  const [values, setValues] = useState({ locale, hour_cycle: hourCycle })
  const [pending, startTransition] = useTransition()

  function save(next: typeof values) {
    setValues(next)
    startTransition(async () => {
      const result = await savePreferencesAction(next)
      if (!result.ok) {
        toast.error(tCommon('errors.generic'))
        return
      }
      router.refresh()
    })
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t('title')}</CardTitle>
        <CardDescription>{t('description')}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 sm:grid-cols-2">
        <FormField id="preference-locale" label={tCommon('language.label')}>
          <NativeSelect
            id="preference-locale"
            value={values.locale ?? ''}
            disabled={pending}
            onChange={(event) => save({ ...values, locale: (event.target.value || null) as Locale | null })}
          >
            <option value="">{tCommon('language.browser')}</option>
            {LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LOCALE_NAMES[code]}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField id="preference-clock" label={tCommon('hourCycle.label')}>
          <NativeSelect
            id="preference-clock"
            value={values.hour_cycle ?? ''}
            disabled={pending}
            onChange={(event) => save({ ...values, hour_cycle: (event.target.value || null) as HourCycle | null })}
          >
            <option value="">{tCommon('hourCycle.auto')}</option>
            {HOUR_CYCLES.map((cycle) => (
              <option key={cycle} value={cycle}>
                {tCommon(`hourCycle.${cycle}`)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </CardContent>
    </Card>
  )
}
