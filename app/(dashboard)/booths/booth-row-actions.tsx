'use client'

import { useState, useTransition } from 'react'
import Link from 'next/link'
import { Ellipsis, Eye, Pencil, Trash2 } from 'lucide-react'

import { announce } from '@/components/feedback/announce'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu'
import { deleteBoothsAction } from './actions'

/** The ⋯ menu of one booth row: open, edit, delete (with confirmation). */
export function BoothRowActions({ booth }: { booth: { id: string; title: string } }) {
  const [pending, startTransition] = useTransition()
  const [confirmDelete, setConfirmDelete] = useState(false)
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon" className="size-8" aria-label={`Actions for ${booth.title}`} disabled={pending}>
            <Ellipsis aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-44">
          <DropdownMenuLabel className="truncate">{booth.title}</DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuItem asChild>
            <Link href={`/booths/${booth.id}`}>
              <Eye aria-hidden />
              View
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href={`/booths/${booth.id}/edit`}>
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
      <DeleteBoothDialog title={booth.title} open={confirmDelete} onOpenChange={setConfirmDelete} onConfirm={() => startTransition(async () => announce(await deleteBoothsAction([booth.id])))} />
    </>
  )
}

export function DeleteBoothDialog({ title, open, onOpenChange, onConfirm }: { title: string; open: boolean; onOpenChange: (open: boolean) => void; onConfirm: () => void }) {
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${title}?`}
      description="This permanently deletes the booth, its image and brochures, and its chat room with its messages. The owner is told by email. This cannot be undone."
      confirmLabel="Delete booth"
      onConfirm={onConfirm}
    />
  )
}
