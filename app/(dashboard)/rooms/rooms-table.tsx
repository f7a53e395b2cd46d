'use client'

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
  return (
    <DataTable
      label="Rooms"
      columns={roomColumns}
      data={rooms}
      total={total}
      totalCapped={totalCapped}
      page={page}
      pageSize={pageSize}
      getRowId={(room) => room.id}
      searchPlaceholder="Search rooms…"
      emptyMessage="No rooms match this search."
    />
  )
}
