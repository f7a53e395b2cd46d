/*
 * The error codes the dashboard's sign-in can end with, and what the page says for each. Shared by
 * the NextAuth providers (server) and the sign-in page (client). Messages never say whether an
 * email is registered: a wrong email and a wrong password read the same.
 */
export const SIGN_IN_ERRORS = {
  CredentialsSignin: 'That email and password do not match an account that can sign in.',
  CodeSignin: 'That code is not valid or has expired. Request a new one and try again.',
  AccountDisabled: 'This account cannot sign in right now. It may be deactivated or its email not yet verified.',
  TooManyAttempts: 'Too many attempts. Wait a few minutes and try again.',
  OAuthAccountNotLinked: 'This email already has an account. Sign in with your password or a code first.',
  AccessDenied: 'This account cannot sign in to the dashboard.',
  SessionEnded: 'Your session has ended. Sign in again.',
  MfaRequired: 'Enter the code from your authenticator app.',
  // The same second step, for an account that also has a passkey (the form offers it).
  MfaRequiredPasskey: 'Enter the code from your authenticator app, or use a passkey.',
  MfaCodeWrong: 'That code is not right. Check your authenticator app and try the current code, or use a recovery code.',
  PasskeyRefused: 'That passkey was not accepted. Try another, or sign in with your password.',
  MfaExpired: 'This sign-in took too long or had too many wrong codes. Sign in again.',
} as const

export type SignInErrorCode = keyof typeof SIGN_IN_ERRORS

export const GENERIC_SIGN_IN_ERROR = 'Sign-in failed. Try again in a moment.'

/** The message for a code from NextAuth (`?error=` or `signIn()`'s result), generic for anything unknown. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null
  return code in SIGN_IN_ERRORS ? SIGN_IN_ERRORS[code as SignInErrorCode] : GENERIC_SIGN_IN_ERROR
}
