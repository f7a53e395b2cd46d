'use client'

import { ChevronDown, ListFilter } from 'lucide-react'
import { useTranslations } from 'next-intl'

import { Button } from '@/components/ui/button'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import { cn } from '@/lib/utils/cn'

export interface DataTableFilterOption {
  label: string
  value: string
}

/** One filter: an API query parameter (`key`) and the values it takes. */
export interface DataTableFilterDef {
  key: string
  label: string
  options: DataTableFilterOption[]
}

/** A single-choice filter menu; the button shows the chosen value. */
export function DataTableFilter({ filter, value, onChange }: { filter: DataTableFilterDef; value: string; onChange: (value: string) => void }) {
  const t = useTranslations('table')
  const chosen = filter.options.find((option) => option.value === value)
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" className={cn('h-9 border-dashed', chosen && 'border-solid border-primary/40 bg-primary/5')}>
          <ListFilter aria-hidden />
          {filter.label}
          {chosen && (
            <>
              <span aria-hidden className="h-4 w-px bg-border" />
              <span className="font-semibold text-primary">{chosen.label}</span>
            </>
          )}
          <ChevronDown aria-hidden className="opacity-60" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="min-w-40">
        <DropdownMenuLabel>{filter.label}</DropdownMenuLabel>
        <DropdownMenuRadioGroup value={value} onValueChange={onChange}>
          <DropdownMenuRadioItem value="">{t('any')}</DropdownMenuRadioItem>
          <DropdownMenuSeparator />
          {filter.options.map((option) => (
            <DropdownMenuRadioItem key={option.value} value={option.value}>
              {option.label}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
