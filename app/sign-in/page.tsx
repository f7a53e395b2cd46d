import type { Metadata } from 'next'

import { Brand } from '@/components/shell/brand'
import { ThemeToggle } from '@/components/shell/theme-toggle'
import { SignInForm } from './sign-in-form'

export const metadata: Metadata = { title: 'Sign in' }

export default function SignInPage() {
  return (
    <main className="relative grid min-h-dvh place-items-center bg-muted/40 px-4 py-12">
      <div className="absolute top-4 right-4">
        <ThemeToggle />
      </div>
      <div className="flex w-full max-w-sm flex-col items-center gap-6">
        <Brand />
        <SignInForm />
        <p className="text-center text-xs text-muted-foreground">
          For administrators and staff of VI Cross trade shows.
        </p>
      </div>
    </main>
  )
}
