'use client'

import { createContext, useContext, useEffect, useState } from 'react'

type Crumb = { name: string | null; setName: (name: string | null) => void }
const RecordCrumbContext = createContext<Crumb>({ name: null, setName: () => {} })

/** Holds the name of the record the page shows, for the top bar's trail (the page sits below it). */
export function RecordCrumbProvider({ children }: { children: React.ReactNode }) {
  const [name, setName] = useState<string | null>(null)
  return <RecordCrumbContext.Provider value={{ name, setName }}>{children}</RecordCrumbContext.Provider>
}

export const useRecordCrumb = () => useContext(RecordCrumbContext).name

/** Rendered by a record's page: its name ends the trail while the page is shown. */
export function RecordCrumb({ name }: { name: string }) {
  const { setName } = useContext(RecordCrumbContext)
  useEffect(() => {
    setName(name)
    return () => setName(null)
  }, [name, setName])
  return null
}
