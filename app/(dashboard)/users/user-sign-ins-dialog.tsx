'use client'

import { useEffect, useState } from 'react'
import { toast } from 'sonner'
import { useTranslations } from 'next-intl'

import { SignInList } from '@/components/security/sign-in-list'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogTitle } from '@/components/ui/dialog'
import type { SignIn } from '@/lib/services/sessions/sign-ins'
import { endUserSignInAction, userSignInsAction } from './actions'

/** An administrator's view of where a user is signed in, with a sign-out per line and one for all. */
export function UserSignInsDialog({
  user,
  open,
  onOpenChange,
}: {
  user: { id: string; name: string | null; email: string }
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  const t = useTranslations('users')
  const [signIns, setSignIns] = useState<SignIn[] | null>(null)
  const [busy, setBusy] = useState(false)

  // Bumped to read the list again after a sign-out.
  const [version, setVersion] = useState(0)

  useEffect(() => {
    if (!open) return
    let current = true
    void userSignInsAction(user.id).then((result) => {
      if (!current) return
      if (result.ok) setSignIns(result.data)
      else toast.error(result.message)
    })
    return () => {
      current = false
    }
  }, [open, user.id, version])

  function close(next: boolean) {
    if (!next) setSignIns(null)
    onOpenChange(next)
  }

  async function end(signInId: string | null, done: string) {
    setBusy(true)
    const result = await endUserSignInAction(user.id, signInId)
    setBusy(false)
    if (!result.ok) return void toast.error(result.message)
    toast.success(done)
    setVersion((value) => value + 1)
  }

  const who = user.name ?? user.email
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent className="max-w-2xl">
        <DialogTitle>{t('signIns.title', { who })}</DialogTitle>
        <DialogDescription>{t('signIns.description')}</DialogDescription>
        {signIns === null ? (
          <p className="text-sm text-muted-foreground">{t('signIns.loading')}</p>
        ) : (
          <SignInList
            signIns={signIns}
            busy={busy}
            onEnd={(signIn) => void end(signIn.id, t('signIns.signedOutOf', { who, device: signIn.device }))}
            currentLabel={t('signIns.current')}
          />
        )}
        {signIns !== null && signIns.length > 1 && (
          <div>
            <Button type="button" variant="outline" disabled={busy} onClick={() => void end(null, t('signIns.signedOutEverywhere', { who }))}>
              {t('signIns.signOutEverywhere')}
            </Button>
          </div>
        )}
      </DialogContent>
    </Dialog>
  )
}
