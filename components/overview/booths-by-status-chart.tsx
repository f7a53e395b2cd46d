'use client'

import { useLocale, useFormatter } from 'next-intl'
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { axisTick, isRightToLeft, tooltipStyle } from './chart-theme'

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

/** In a right-to-left language the bars run from the right, the count axis on the right. */
export function BoothsByStatusChart({ data, name }: { data: StatusCount[]; name: string }) {
  const rtl = isRightToLeft(useLocale())
  const format = useFormatter()
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} accessibilityLayer={false} margin={rtl ? { top: 8, right: -16, bottom: 0, left: 8 } : { top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="label" reversed={rtl} tick={axisTick} tickLine={false} axisLine={false} />
        <YAxis
          orientation={rtl ? 'right' : 'left'}
          allowDecimals={false}
          tick={axisTick}
          tickLine={false}
          axisLine={false}
          tickFormatter={(value: number) => format.number(value)}
        />
        <Tooltip
          cursor={{ fill: 'var(--muted)' }}
          contentStyle={{ ...tooltipStyle, direction: rtl ? 'rtl' : 'ltr' }}
          formatter={(value) => format.number(Number(value))}
          labelStyle={{ color: 'var(--popover-foreground)' }}
        />
        <Bar dataKey="count" name={name} radius={[4, 4, 0, 0]} maxBarSize={56} isAnimationActive={false}>
          {data.map((row) => (
            <Cell key={row.status} fill={fill[row.status]} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}
