'use client'

import { useEffect, useState } from 'react'
import { useTranslations } from 'next-intl'

import { searchRecordsAction } from '@/app/(dashboard)/search-actions'
import type { RecordHits } from '@/lib/services/search/search-records'

const DEBOUNCE_MS = 180

export type RecordSearch = { status: 'idle' } | { status: 'loading' } | { status: 'done'; hits: RecordHits } | { status: 'failed'; message: string }
type Answer = { term: string; search: Exclude<RecordSearch, { status: 'idle' | 'loading' }> }

/** The server's hits for `search`, asked once typing pauses; an answer to an older search is dropped. */
export function useRecordSearch(search: string): RecordSearch {
  const t = useTranslations('palette')
  const [answer, setAnswer] = useState<Answer | null>(null)
  const term = search.trim()

  useEffect(() => {
    if (!term) return
    let current = true
    const timer = setTimeout(() => {
      searchRecordsAction(term).then(
        (result) => {
          if (current) setAnswer({ term, search: result.ok ? { status: 'done', hits: result.data } : { status: 'failed', message: result.message } })
        },
        () => {
          if (current) setAnswer({ term, search: { status: 'failed', message: t('unavailable') } })
        },
      )
    }, DEBOUNCE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [term, t])

  if (!term) return { status: 'idle' }
  // Until this term's own answer arrives, the previous one is stale.
  return answer?.term === term ? answer.search : { status: 'loading' }
}
