import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { StandalonePage } from '@/components/shell/standalone-page'
import { ForgotPasswordForm } from './forgot-password-form'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.reset')
  return { title: t('metaTitle'), referrer: 'no-referrer' }
}

export default function ForgotPasswordPage() {
  return (
    <StandalonePage>
      <ForgotPasswordForm />
    </StandalonePage>
  )
}
