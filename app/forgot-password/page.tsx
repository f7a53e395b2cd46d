import type { Metadata } from 'next'

import { StandalonePage } from '@/components/shell/standalone-page'
import { ForgotPasswordForm } from './forgot-password-form'

export const metadata: Metadata = { title: 'Reset your password', referrer: 'no-referrer' }

export default function ForgotPasswordPage() {
  return (
    <StandalonePage>
      <ForgotPasswordForm />
    </StandalonePage>
  )
}
