'use client'

import { useRouter } from 'next/navigation'
import { signOut } from 'next-auth/react'

import { beginTotpAction, confirmTotpAction } from '@/app/(dashboard)/profile/security-actions'
import { AuthenticatorSetup } from '@/components/security/authenticator-setup'
import { Button } from '@/components/ui/button'

export function SecondFactorSetup() {
  const router = useRouter()
  return (
    <div className="flex flex-col gap-6">
      <AuthenticatorSetup actions={{ begin: beginTotpAction, confirm: confirmTotpAction }} onFinished={() => router.replace('/')} />
      <div className="border-t pt-4">
        <Button type="button" variant="ghost" onClick={() => void signOut({ callbackUrl: '/sign-in' })}>
          Sign out
        </Button>
      </div>
    </div>
  )
}
