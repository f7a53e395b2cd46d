'use client'

import { useState, useTransition } from 'react'
import Link from 'next/link'
import { Ellipsis, Eye, Pencil, Trash2 } from 'lucide-react'

import { announce } from '@/components/feedback/announce'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu'
import { deleteCompanyAction } from './actions'

/** The ⋯ menu of one company row: open, edit, delete (with confirmation). */
export function CompanyRowActions({ company }: { company: { id: string; name: string; booths?: number } }) {
  const [pending, startTransition] = useTransition()
  const [confirmDelete, setConfirmDelete] = useState(false)
  const booths = company.booths ?? 0
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" className="size-8" aria-label={`Actions for ${company.name}`} disabled={pending}>
            <Ellipsis aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-44">
          <DropdownMenuLabel className="truncate">{company.name}</DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuItem asChild>
            <Link href={`/companies/${company.id}`}>
              <Eye aria-hidden />
              View
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href={`/companies/${company.id}/edit`}>
              <Pencil aria-hidden />
              Edit
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem className="text-destructive data-[highlighted]:text-destructive [&_svg]:text-destructive!" onSelect={() => setConfirmDelete(true)}>
            <Trash2 aria-hidden />
            Delete…
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <DeleteCompanyDialog company={company} booths={booths} open={confirmDelete} onOpenChange={setConfirmDelete} onConfirm={() => startTransition(async () => announce(await deleteCompanyAction(company.id)))} />
    </>
  )
}

export function DeleteCompanyDialog({ company, booths, open, onOpenChange, onConfirm }: { company: { name: string }; booths: number; open: boolean; onOpenChange: (open: boolean) => void; onConfirm: () => void }) {
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${company.name}?`}
      description={
        <>
          This permanently deletes the company, its logo{booths > 0 ? `, its ${booths === 1 ? 'booth' : `${booths} booths`} with their files and chat rooms` : ''}. The owner is told by email. This cannot be undone.
        </>
      }
      confirmLabel="Delete company"
      onConfirm={onConfirm}
    />
  )
}
