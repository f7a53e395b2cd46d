'use client'

import { useState } from 'react'
import { LogOut } from 'lucide-react'
import { signOut } from 'next-auth/react'
import { useTranslations } from 'next-intl'

import { Button, type ButtonProps } from '@/components/ui/button'

/** Ends the session (NextAuth also bumps the session version, see next-auth-options.ts). */
export function SignOutButton(props: Omit<ButtonProps, 'onClick'>) {
  const [pending, setPending] = useState(false)
  const t = useTranslations('auth')
  return (
    <Button
      {...props}
      disabled={pending}
      onClick={() => {
        setPending(true)
        void signOut({ callbackUrl: '/sign-in' })
      }}
    >
      <LogOut aria-hidden className="rtl:-scale-x-100" />
      {pending ? t('signingOut') : t('signOut')}
    </Button>
  )
}
