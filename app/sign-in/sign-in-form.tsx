'use client'

import type { FormEvent } from 'react'
import { Mail } from 'lucide-react'
import { toast } from 'sonner'

import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { GoogleIcon } from './google-icon'

// Every way in answers the same until dashboard sessions land.
function notAvailable() {
  toast('Sign-in is not available yet')
}

export function SignInForm() {
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    notAvailable()
  }

  return (
    <Card className="w-full shadow-sm">
      <CardHeader className="items-center text-center">
        <CardTitle className="text-xl">Sign in to VI Cross</CardTitle>
        <CardDescription>Use your email and password, a code, or Google.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        <form onSubmit={handleSubmit} className="flex flex-col gap-4">
          <div className="flex flex-col gap-2">
            <Label htmlFor="email">Email</Label>
            <Input id="email" name="email" type="email" autoComplete="email" placeholder="you@company.com" />
          </div>
          <div className="flex flex-col gap-2">
            <Label htmlFor="password">Password</Label>
            <Input id="password" name="password" type="password" autoComplete="current-password" />
          </div>
          <Button type="submit" className="w-full">
            Sign in
          </Button>
        </form>
        <div className="flex items-center gap-3 text-xs text-muted-foreground">
          <span className="h-px flex-1 bg-border" />
          or
          <span className="h-px flex-1 bg-border" />
        </div>
        <div className="flex flex-col gap-2">
          <Button type="button" variant="outline" className="w-full" onClick={notAvailable}>
            <Mail aria-hidden />
            Email me a code
          </Button>
          <Button type="button" variant="outline" className="w-full" onClick={notAvailable}>
            <GoogleIcon />
            Continue with Google
          </Button>
        </div>
      </CardContent>
    </Card>
  )
}
