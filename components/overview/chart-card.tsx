import type { ReactNode } from 'react'
import { useFormatter, useTranslations } from 'next-intl'

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'

/**
 * A titled chart with its data as a visually hidden table: screen readers read the table, the
 * (aria-hidden) chart is for the eye.
 */
export function ChartCard({
  title,
  description,
  caption,
  rows,
  children,
}: {
  title: string
  description: string
  caption: string
  rows: { label: string; value: number }[]
  children: ReactNode
}) {
  const t = useTranslations('overview')
  const format = useFormatter()
  return (
    <Card>
      <CardHeader className="p-5 pb-2">
        <CardTitle className="text-base">{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="p-5 pt-0">
        <div aria-hidden className="h-60">
          {children}
        </div>
        {/* The wrapper clips: a table grows to its content, so sr-only on the table itself overflows a phone's width. */}
        <div className="sr-only">
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('chartLabel')}</th>
                <th scope="col">{t('chartCount')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>{format.number(row.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </CardContent>
    </Card>
  )
}
