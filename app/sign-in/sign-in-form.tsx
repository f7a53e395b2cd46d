'use client'

import { useState } from 'react'
import { KeyRound, Mail } from 'lucide-react'
import { signIn } from 'next-auth/react'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { safeRedirectPath } from '@/lib/auth/safe-redirect'
import { EmailCodeSignIn } from './email-code-sign-in'
import { GoogleIcon } from './google-icon'
import { PasswordSignIn } from './password-sign-in'

type Mode = 'password' | 'code'

const descriptions: Record<Mode, string> = {
  password: 'Use your email and password, a code, or Google.',
  code: 'We will email you a 6-digit code to sign in with.',
}

export function SignInForm({ callbackUrl, googleEnabled, initialError }: { callbackUrl: string; googleEnabled: boolean; initialError: string | null }) {
  const [mode, setMode] = useState<Mode>('password')
  const [error, setError] = useState<string | null>(initialError)

  // A full navigation, so that every server component renders with the new session; the target is
  // checked again here (the same check as the server's), never trusted as handed over.
  const signedIn = () => window.location.assign(safeRedirectPath(callbackUrl, window.location.origin))

  function switchTo(next: Mode) {
    setError(null)
    setMode(next)
  }

  return (
    <Card className="w-full shadow-sm">
      <CardHeader className="items-center text-center">
        <CardTitle className="text-xl">Sign in to VI Cross</CardTitle>
        <CardDescription>{descriptions[mode]}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        {error && <Alert>{error}</Alert>}
        {mode === 'password' ? <PasswordSignIn onError={setError} onSignedIn={signedIn} /> : <EmailCodeSignIn onError={setError} onSignedIn={signedIn} />}
        <div className="flex items-center gap-3 text-xs text-muted-foreground">
          <span className="h-px flex-1 bg-border" />
          or
          <span className="h-px flex-1 bg-border" />
        </div>
        <div className="flex flex-col gap-2">
          {mode === 'password' ? (
            <Button type="button" variant="outline" className="w-full" onClick={() => switchTo('code')}>
              <Mail aria-hidden />
              Email me a code
            </Button>
          ) : (
            <Button type="button" variant="outline" className="w-full" onClick={() => switchTo('password')}>
              <KeyRound aria-hidden />
              Sign in with a password
            </Button>
          )}
          {googleEnabled && (
            <Button
              type="button"
              variant="outline"
              className="w-full"
              onClick={() => void signIn('google', { callbackUrl: safeRedirectPath(callbackUrl, window.location.origin) })}
            >
              <GoogleIcon />
              Continue with Google
            </Button>
          )}
        </div>
      </CardContent>
    </Card>
  )
}
