'use client'

import { useFormatter, useLocale } from 'next-intl'
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { axisTick, isRightToLeft, tooltipStyle } from './chart-theme'

/** One hour: its label in the viewer's zone and clock ("14:00") and the messages sent in it. */
export interface HourCount {
  hour: string
  count: number
}

/**
 * Time runs the way the reader reads: left to right, or in a right-to-left language from the right
 * (a reversed hour axis, the count axis on the right), so the latest hour is always at the end of the line.
 */
export function MessagesPerHourChart({ data, name }: { data: HourCount[]; name: string }) {
  const rtl = isRightToLeft(useLocale())
  const format = useFormatter()
  return (
    <ResponsiveContainer width="100%" height="100%">
      <AreaChart data={data} accessibilityLayer={false} margin={rtl ? { top: 8, right: -16, bottom: 0, left: 8 } : { top: 8, right: 8, bottom: 0, left: -16 }}>
        <defs>
          <linearGradient id="messages-fill" x1="0" y1="0" x2="0" y2="1">
            <stop offset="5%" stopColor="var(--chart-activity)" stopOpacity={0.35} />
            <stop offset="95%" stopColor="var(--chart-activity)" stopOpacity={0.02} />
          </linearGradient>
        </defs>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        {/* Every fourth hour; Arabic labels ("12:00 ص") are wider, so there the axis drops the ones that would touch. */}
        <XAxis
          dataKey="hour"
          reversed={rtl}
          tick={axisTick}
          tickLine={false}
          axisLine={false}
          interval={rtl ? 'preserveStartEnd' : 3}
          minTickGap={rtl ? 16 : undefined}
        />
        <YAxis
          orientation={rtl ? 'right' : 'left'}
          allowDecimals={false}
          tick={axisTick}
          tickLine={false}
          axisLine={false}
          tickFormatter={(value: number) => format.number(value)}
        />
        <Tooltip
          contentStyle={{ ...tooltipStyle, direction: rtl ? 'rtl' : 'ltr' }}
          labelStyle={{ color: 'var(--popover-foreground)' }}
          formatter={(value) => format.number(Number(value))}
        />
        <Area
          // Straight segments through each hour's count: a smoothed curve would draw values between hours that never happened.
          type="linear"
          dataKey="count"
          name={name}
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
