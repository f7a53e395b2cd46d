import type { Metadata } from 'next'

import { Brand } from '@/components/shell/brand'
import { ThemeToggle } from '@/components/shell/theme-toggle'
import { ForgotPasswordForm } from './forgot-password-form'

export const metadata: Metadata = { title: 'Reset your password', referrer: 'no-referrer' }

export default function ForgotPasswordPage() {
  return (
    <main className="relative grid min-h-dvh place-items-center bg-muted/40 px-4 py-12">
      <div className="absolute top-4 right-4">
        <ThemeToggle />
      </div>
      <div className="flex w-full max-w-sm flex-col items-center gap-6">
        <Brand />
        <ForgotPasswordForm />
      </div>
    </main>
  )
}
