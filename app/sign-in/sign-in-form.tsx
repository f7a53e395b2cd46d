'use client'

import { useState } from 'react'
import { ArrowLeft, Fingerprint, KeyRound, Mail } from 'lucide-react'
import { signIn } from 'next-auth/react'
import { useTranslations } from 'next-intl'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { safeRedirectPath } from '@/lib/auth/safe-redirect'
import { useLocalizedMessage } from '@/components/feedback/use-localized-message'
import { provePasskey } from '@/lib/client/passkey-ceremony'
import { EmailCodeSignIn } from './email-code-sign-in'
import { GoogleIcon } from './google-icon'
import { PasswordSignIn } from './password-sign-in'
import { SecondFactorSignIn } from './second-factor-sign-in'
import { useSignInError } from './use-sign-in-error'

type Mode = 'password' | 'code' | 'second-factor'

/** The key of the card's description (auth.signIn.descriptions) for each step. */
function description(mode: Mode, googleEnabled: boolean, passkey: boolean) {
  if (mode === 'password') return googleEnabled ? 'passwordGoogle' : 'password'
  if (mode === 'second-factor') return passkey ? 'secondFactorPasskey' : 'secondFactor'
  return 'code'
}

/** `initialError` is an error code (`?error=`), worded here in the viewer's language. */
type Props = { callbackUrl: string; googleEnabled: boolean; initialError: string | null; initialChallenge: { token: string; passkey: boolean } | null }

export function SignInForm({ callbackUrl, googleEnabled, initialError, initialChallenge }: Props) {
  // A Google sign-in of an account with a second factor comes back with its challenge (?mfa=).
  const [mode, setMode] = useState<Mode>(initialChallenge ? 'second-factor' : 'password')
  const [challenge, setChallenge] = useState<{ token: string; passkey: boolean } | null>(initialChallenge)
  const t = useTranslations('auth.signIn')
  const signInError = useSignInError()
  const { localize } = useLocalizedMessage()
  const [error, setError] = useState<string | null>(() => (initialError ? signInError(initialError) : null))

  const [proving, setProving] = useState(false)

  async function passkeySignIn() {
    setError(null)
    setProving(true)
    const proof = await provePasskey('/api/auth/passkey/options')
    if (!proof.ok) {
      setProving(false)
      if (proof.message) setError(localize(proof.message))
      return
    }
    const result = await signIn('passkey', { passkey: JSON.stringify(proof.value), redirect: false })
    setProving(false)
    if (result?.ok && !result.error) return signedIn()
    setError(signInError(result?.error ?? 'SignInFailed'))
  }

  function askSecondFactor(token: string, passkey: boolean) {
    setError(null)
    setChallenge({ token, passkey })
    setMode('second-factor')
  }

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
        <CardTitle as="h1" className="text-xl">
          {t('title')}
        </CardTitle>
        <CardDescription>{t(`descriptions.${description(mode, googleEnabled, challenge?.passkey ?? false)}`)}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        {error && <Alert>{error}</Alert>}
        {mode === 'second-factor' && challenge ? (
          <SecondFactorSignIn
            challenge={challenge.token}
            methods={challenge.passkey ? ['passkey'] : []}
            onError={setError}
            onSignedIn={signedIn}
            onExpired={() => setMode('password')}
          />
        ) : mode === 'code' ? (
          <EmailCodeSignIn onError={setError} onSignedIn={signedIn} onMfaRequired={askSecondFactor} />
        ) : (
          <PasswordSignIn onError={setError} onSignedIn={signedIn} onMfaRequired={askSecondFactor} />
        )}
        <div className="flex items-center gap-3 text-xs text-muted-foreground">
          <span className="h-px flex-1 bg-border" />
          {t('or')}
          <span className="h-px flex-1 bg-border" />
        </div>
        <div className="flex flex-col gap-2">
          {mode === 'second-factor' ? (
            <Button type="button" variant="outline" className="w-full" onClick={() => switchTo('password')}>
              <ArrowLeft aria-hidden className="rtl:rotate-180" />
              {t('startOver')}
            </Button>
          ) : mode === 'password' ? (
            <Button type="button" variant="outline" className="w-full" onClick={() => switchTo('code')}>
              <Mail aria-hidden />
              {t('emailMeACode')}
            </Button>
          ) : (
            <Button type="button" variant="outline" className="w-full" onClick={() => switchTo('password')}>
              <KeyRound aria-hidden />
              {t('withPassword')}
            </Button>
          )}
          {mode !== 'second-factor' && (
            <Button type="button" variant="outline" className="w-full" disabled={proving} onClick={() => void passkeySignIn()}>
              <Fingerprint aria-hidden />
              {proving ? t('waitingForPasskey') : t('withPasskey')}
            </Button>
          )}
          {googleEnabled && mode !== 'second-factor' && (
            <Button
              type="button"
              variant="outline"
              className="w-full"
              onClick={() => void signIn('google', { callbackUrl: safeRedirectPath(callbackUrl, window.location.origin) })}
            >
              <GoogleIcon />
              {t('withGoogle')}
            </Button>
          )}
        </div>
      </CardContent>
    </Card>
  )
}
