'use client'

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { axisTick, tooltipStyle } from './chart-theme'

export interface StatusCount {
  status: 'pending' | 'accepted' | 'rejected'
  label: string
  count: number
}

const fill: Record<StatusCount['status'], string> = {
  pending: 'var(--chart-pending)',
  accepted: 'var(--chart-accepted)',
  rejected: 'var(--chart-rejected)',
}

export function BoothsByStatusChart({ data }: { data: StatusCount[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="label" tick={axisTick} tickLine={false} axisLine={false} />
        <YAxis allowDecimals={false} tick={axisTick} tickLine={false} axisLine={false} />
        <Tooltip cursor={{ fill: 'var(--muted)' }} contentStyle={tooltipStyle} labelStyle={{ color: 'var(--popover-foreground)' }} />
        <Bar dataKey="count" name="Booths" radius={[4, 4, 0, 0]} maxBarSize={56} isAnimationActive={false}>
          {data.map((row) => (
            <Cell key={row.status} fill={fill[row.status]} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}
