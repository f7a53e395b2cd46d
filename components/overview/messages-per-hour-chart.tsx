'use client'

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { axisTick, tooltipStyle } from './chart-theme'

/** One hour: its UTC label ("14:00") and the messages sent in it. */
export interface HourCount {
  hour: string
  count: number
}

export function MessagesPerHourChart({ data }: { data: HourCount[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <AreaChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <defs>
          <linearGradient id="messages-fill" x1="0" y1="0" x2="0" y2="1">
            <stop offset="5%" stopColor="var(--chart-activity)" stopOpacity={0.35} />
            <stop offset="95%" stopColor="var(--chart-activity)" stopOpacity={0.02} />
          </linearGradient>
        </defs>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="hour" tick={axisTick} tickLine={false} axisLine={false} interval={3} />
        <YAxis allowDecimals={false} tick={axisTick} tickLine={false} axisLine={false} />
        <Tooltip contentStyle={tooltipStyle} labelStyle={{ color: 'var(--popover-foreground)' }} labelFormatter={(hour) => `${String(hour)} UTC`} />
        <Area
          // Straight segments through each hour's count: a smoothed curve would draw values between hours that never happened.
          type="linear"
          dataKey="count"
          name="Messages"
          stroke="var(--chart-activity)"
          strokeWidth={2}
          dot={{ r: 2, fill: 'var(--chart-activity)', strokeWidth: 0 }}
          activeDot={{ r: 4 }}
          fill="url(#messages-fill)"
          isAnimationActive={false}
        />
      </AreaChart>
    </ResponsiveContainer>
  )
}
