import '@tanstack/react-table'
import type { RowData } from '@tanstack/react-table'

declare module '@tanstack/react-table' {
  // Declaration merging must repeat TanStack's type parameters, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The column's name in the "Columns" menu (headers may be components). */
    label?: string
    /** A label of the shared `table` messages instead (columns every table has: "Created"). */
    tableLabel?: 'created'
    /** Extra classes for the column's header and cells (widths, alignment). */
    className?: string
  }
}
