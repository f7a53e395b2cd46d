'use server'

import { revalidatePath } from 'next/cache'
import { getTranslations } from 'next-intl/server'
import { z } from 'zod'
import { dashboardAction, type ActionResult } from '@/lib/auth/dashboard-action'
import type { Actor } from '@/lib/services/actor'
import { deleteBooth } from '@/lib/services/booths/delete-booth'
import { restoreBooth } from '@/lib/services/booths/restore-booth'

// Server actions are public endpoints: each one parses its input and authorizes through dashboardAction.
// Creating and editing go through the API routes instead (submit-booth.ts), which stream the multipart
// body (lib/api/multipart.ts) and refuse a file over MAX_UPLOAD_MB with 413 without buffering the rest.
const MAX_BULK = 50
const boothIds = z.array(z.uuid()).min(1).max(MAX_BULK)
const invalid = async (): Promise<ActionResult> => ({ ok: false, message: (await getTranslations('booths.actions'))('invalid') })

/** Runs `each` over the booths: one booth lets its precise error (not found, not allowed) reach the toast; several are counted. */
async function forEachBooth(
  actor: Actor,
  ids: string[],
  each: (actor: Actor, id: string) => Promise<{ title: string }>,
  say: { one: (title: string) => string; many: (done: number, skipped: number) => string },
): Promise<string> {
  if (ids.length === 1) return say.one((await each(actor, ids[0]!)).title)
  let done = 0
  for (const id of ids) {
    try {
      await each(actor, id)
      done += 1
    } catch {
      // Counted below; acting on one booth on its own gives the reason.
    }
  }
  return say.many(done, ids.length - done)
}

function revalidateBoothPages() {
  for (const path of ['/booths', '/review', '/trash']) revalidatePath(path)
}

/** Moves booths to the trash (restorable for 30 days: restoreBoothsAction, the toast's Undo, the Trash page). */
export async function deleteBoothsAction(ids: string[]): Promise<ActionResult> {
  const input = boothIds.safeParse(ids)
  if (!input.success) return invalid()
  const t = await getTranslations('booths.actions')
  const result = await dashboardAction('staff', (actor) =>
    forEachBooth(actor, input.data, (by, id) => deleteBooth(by, id), {
      one: (title) => t('movedToTrash', { title }),
      many: (done, skipped) => t('movedManyToTrash', { done, skipped }),
    }),
  )
  revalidateBoothPages()
  return result
}

/** Takes booths out of the trash, with their files, rooms and messages. */
export async function restoreBoothsAction(ids: string[]): Promise<ActionResult> {
  const input = boothIds.safeParse(ids)
  if (!input.success) return invalid()
  const t = await getTranslations('booths.actions')
  const result = await dashboardAction('staff', (actor) =>
    forEachBooth(actor, input.data, (by, id) => restoreBooth(by, id), {
      one: (title) => t('restored', { title }),
      many: (done, skipped) => t('restoredMany', { done, skipped }),
    }),
  )
  revalidateBoothPages()
  return result
}
