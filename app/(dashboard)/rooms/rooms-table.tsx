'use client'

import { useMemo } from 'react'
import { useTranslations } from 'next-intl'

import { DataTable } from '@/components/data-table/data-table'
import type { RoomJson } from '@/lib/schemas/rooms'
import { roomColumns } from './room-columns'

export function RoomsTable({
  rooms,
  total,
  totalCapped,
  page,
  pageSize,
}: {
  rooms: RoomJson[]
  total: number
  totalCapped: boolean
  page: number
  pageSize: number
}) {
  const t = useTranslations('rooms.list')
  const columns = useMemo(() => roomColumns(t), [t])
  return (
    <DataTable
      label={t('tableLabel')}
      columns={columns}
      data={rooms}
      total={total}
      totalCapped={totalCapped}
      page={page}
      pageSize={pageSize}
      getRowId={(room) => room.id}
      searchPlaceholder={t('search')}
      emptyMessage={t('empty')}
    />
  )
}
