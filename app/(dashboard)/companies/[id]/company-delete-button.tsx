'use client'

import { useState, useTransition } from 'react'
import { useRouter } from 'next/navigation'
import { Trash2 } from 'lucide-react'

import { announce } from '@/components/feedback/announce'
import { Button } from '@/components/ui/button'
import { deleteCompanyAction } from '../actions'
import { DeleteCompanyDialog } from '../company-row-actions'

/** Delete from the detail page: confirm, then back to the list. */
export function CompanyDeleteButton({ company, booths }: { company: { id: string; name: string }; booths: number }) {
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [pending, startTransition] = useTransition()
  return (
    <>
      <Button variant="outline" disabled={pending} onClick={() => setOpen(true)} className="text-destructive hover:text-destructive">
        <Trash2 aria-hidden />
        Delete
      </Button>
      <DeleteCompanyDialog
        company={company}
        booths={booths}
        open={open}
        onOpenChange={setOpen}
        onConfirm={() =>
          startTransition(async () => {
            const result = await deleteCompanyAction(company.id)
            announce(result)
            if (result.ok) router.push('/companies')
          })
        }
      />
    </>
  )
}
