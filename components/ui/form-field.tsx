import type { ReactNode } from 'react'

import { cn } from '@/lib/utils/cn'
import { Label } from './label'

/**
 * A label, its control and the control's error, wired for assistive tech: the control should carry
 * `id={id}`, `aria-invalid` and `aria-describedby={`${id}-error`}` (see `fieldProps`).
 */
export function FormField({
  id,
  label,
  error,
  hint,
  action,
  className,
  children,
}: {
  id: string
  label: string
  error?: string
  hint?: string
  action?: ReactNode
  className?: string
  children: ReactNode
}) {
  return (
    <div className={cn('flex flex-col gap-2', className)}>
      <div className="flex items-center justify-between gap-2">
        <Label htmlFor={id}>{label}</Label>
        {action}
      </div>
      {children}
      {hint && !error && <p className="text-xs text-muted-foreground">{hint}</p>}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-destructive">
          {error}
        </p>
      )}
    </div>
  )
}

/** The accessibility attributes of a control inside `FormField`. */
export const fieldProps = (id: string, error?: string) => ({
  id,
  'aria-invalid': error ? true : undefined,
  'aria-describedby': error ? `${id}-error` : undefined,
})
