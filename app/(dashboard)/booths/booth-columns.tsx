'use client'

import Link from 'next/link'
import type { ColumnDef } from '@tanstack/react-table'
import { FileText, FileType, Image as ImageIcon } from 'lucide-react'

import { DataTableColumnHeader } from '@/components/data-table/data-table-column-header'
import { boothTimeRange, formatBoothDate } from '@/components/exhibitors/booth-schedule'
import { BoothStatusBadge } from '@/components/exhibitors/booth-status-badge'
import { Checkbox } from '@/components/ui/checkbox'
import type { BoothJson } from '@/lib/schemas/booths'
import { BoothRowActions } from './booth-row-actions'

export type BoothTableRow = BoothJson & { company_name: string }

/** The booths table's columns; ids are the API's sort fields where a column sorts. */
export const boothColumns: ColumnDef<BoothTableRow>[] = [
  {
    id: 'select',
    header: ({ table }) => (
      <Checkbox
        aria-label="Select all on this page"
        checked={table.getIsAllPageRowsSelected() ? true : table.getIsSomePageRowsSelected() ? 'indeterminate' : false}
        onCheckedChange={(value) => table.toggleAllPageRowsSelected(value === true)}
      />
    ),
    cell: ({ row }) => <Checkbox aria-label={`Select ${row.original.title}`} checked={row.getIsSelected()} onCheckedChange={(value) => row.toggleSelected(value === true)} />,
    enableSorting: false,
    enableHiding: false,
    meta: { className: 'w-10' },
  },
  {
    id: 'title',
    accessorKey: 'title',
    header: ({ column }) => <DataTableColumnHeader column={column} title="Booth" />,
    cell: ({ row }) => (
      <div className="flex min-w-0 flex-col">
        <Link href={`/booths/${row.original.id}`} className="truncate font-medium text-foreground outline-none hover:underline focus-visible:underline">
          {row.original.title}
        </Link>
        <Link href={`/companies/${row.original.company_id}`} className="truncate text-xs text-muted-foreground hover:underline">
          {row.original.company_name}
        </Link>
      </div>
    ),
    meta: { label: 'Booth', className: 'min-w-56 max-w-72' },
  },
  {
    id: 'starts_at',
    accessorKey: 'starts_at',
    header: ({ column }) => <DataTableColumnHeader column={column} title="When" />,
    cell: ({ row }) => (
      <div className="flex flex-col tabular-nums">
        <span className="text-foreground">{formatBoothDate(row.original.date)}</span>
        <span className="text-xs text-muted-foreground">
          {boothTimeRange(row.original)} · {row.original.timezone.replaceAll('_', ' ')}
        </span>
      </div>
    ),
    meta: { label: 'When', className: 'min-w-44' },
  },
  {
    id: 'location',
    accessorKey: 'location',
    header: 'Location',
    enableSorting: false,
    cell: ({ row }) => <span className="line-clamp-2 text-muted-foreground">{row.original.location}</span>,
    meta: { label: 'Location', className: 'min-w-28' },
  },
  {
    id: 'status',
    accessorKey: 'status',
    header: 'Status',
    enableSorting: false,
    cell: ({ row }) => (
      <div className="flex flex-col items-start gap-1">
        <BoothStatusBadge status={row.original.status} />
        {row.original.status === 'rejected' && row.original.reason && (
          <span className="line-clamp-1 max-w-48 text-xs text-muted-foreground" title={row.original.reason}>
            {row.original.reason}
          </span>
        )}
      </div>
    ),
    meta: { label: 'Status' },
  },
  {
    id: 'files',
    header: 'Files',
    enableSorting: false,
    cell: ({ row }) => {
      const files = [
        { url: row.original.image_url, label: 'Image', icon: ImageIcon },
        { url: row.original.pdf_url, label: 'PDF brochure', icon: FileText },
        { url: row.original.docx_url, label: 'Word brochure', icon: FileType },
      ].filter((file): file is { url: string; label: string; icon: typeof FileText } => Boolean(file.url))
      if (files.length === 0) return <span className="text-muted-foreground">—</span>
      // Icons only: three labelled chips made the table scroll sideways on a laptop.
      return (
        <div className="flex gap-1">
          {files.map(({ url, label, icon: Icon }) => (
            <a key={label} href={url} target="_blank" rel="noreferrer" aria-label={`${label} of ${row.original.title}`} title={label} className="grid size-7 place-items-center rounded-md border text-muted-foreground hover:bg-accent hover:text-foreground">
              <Icon aria-hidden className="size-3.5" />
            </a>
          ))}
        </div>
      )
    },
    meta: { label: 'Files' },
  },
  {
    id: 'created_at',
    accessorKey: 'created_at',
    header: ({ column }) => <DataTableColumnHeader column={column} title="Submitted" />,
    cell: ({ row }) => <span className="whitespace-nowrap text-muted-foreground tabular-nums">{formatBoothDate(row.original.created_at.slice(0, 10), 'short')}</span>,
    meta: { label: 'Submitted' },
  },
  {
    id: 'actions',
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => <BoothRowActions booth={row.original} />,
    enableSorting: false,
    enableHiding: false,
    meta: { className: 'w-12 text-right' },
  },
]
