import { AppError, notFound } from '@/lib/errors'
import { db } from '@/lib/db'
import { localeOr } from '@/lib/i18n/locales'
import { logger } from '@/lib/log/logger'
import { queueMail } from '@/lib/mail/send-mail'
import { emailChangeAttemptMail, oneTimeCodeMail } from '@/lib/mail/templates/auth-mails'
import { uploadAndRemoveMessage } from '@/lib/schemas/uploaded-file'
import type { UserJson } from '@/lib/schemas/users'
import type { Actor } from '@/lib/services/actor'
import { applyCodeSendLimits } from '@/lib/services/auth/one-time-code-limits'
import { createPendingEmail } from '@/lib/services/auth/pending-email'
import { CODE_TTL_MINUTES } from '@/lib/services/auth/send-one-time-code'
import { fileStorage } from '@/lib/storage/file-storage'
import type { StoredFileRef, StoredFileRow } from '@/lib/storage/storage-driver'
import type { UploadedFile } from '@/lib/storage/uploaded-file'
import { presentUser, userJsonSelect } from './present-user'

type UserRow = Parameters<typeof presentUser>[0]

/** What a user may change about themself. Role, verification and activity are not here on purpose. */
export interface EditUserInput {
  name?: string
  /** Null clears it. */
  company?: string | null
  /** Already normalised (trimmed, lower-cased) by the schema. */
  email?: string
  image?: UploadedFile
  backgroundImage?: UploadedFile
  /** Clears the profile image (its file is deleted); not together with a new `image`. */
  removeImage?: boolean
  /** Clears the background image; not together with a new `backgroundImage`. */
  removeBackgroundImage?: boolean
}

export interface EditUserResult {
  user: UserJson
  /**
   * True when another email was asked for: the account keeps its current one until the code (or
   * link) sent to the new address is verified. The answer is the same whether or not that address
   * is taken (see `requestEmailChange`).
   */
  emailChanged: boolean
}

async function storeImage(actor: Actor, file: UploadedFile | undefined, field: string): Promise<StoredFileRow | undefined> {
  if (!file) return undefined
  return fileStorage.put({ bytes: file.bytes, kind: 'image', ownerId: actor.id, originalName: file.name, field })
}

type Locked = { email: string; image_file_id: string | null; background_file_id: string | null }

/**
 * Records a move of the actor's account to `email`, applied when the code or link mailed there comes
 * back (verify-otp `verify_email`, or the link). A taken address gets a decoy pending row and its
 * owner a "someone tried" mail instead of a code, so the caller cannot tell it from a free one: no
 * "already in use" answer, the same statements, the same mails count (one, in the background).
 */
async function requestEmailChange(actor: Actor, email: string): Promise<void> {
  const taken = await db().user.findUnique({ where: { email }, select: { id: true, locale: true } })
  // The code goes to the actor's new address: in the actor's language.
  const own = await db().user.findUnique({ where: { id: actor.id }, select: { locale: true } })
  const mayMail = await applyCodeSendLimits(email, 'verify_email', actor.ip).then(
    () => true,
    () => false,
  )
  const pending = await createPendingEmail({ email, userId: actor.id, claimable: !taken })
  if (taken) queueMail(emailChangeAttemptMail(email, localeOr(taken.locale)))
  else if (mayMail)
    queueMail(
      oneTimeCodeMail({
        to: email,
        purpose: 'verify_email',
        code: pending.code,
        minutes: CODE_TTL_MINUTES,
        verifyLink: pending.link,
        locale: localeOr(own?.locale),
      }),
    )
  logger().info({ userId: actor.id, requestId: actor.requestId, mailed: !taken && mayMail }, 'email change requested')
}

/** A new file and its removal in one edit: refused (the API's schema already says so; this guards other callers). */
function assertNotReplacedAndRemoved(input: EditUserInput): void {
  const both = [input.image && input.removeImage && 'image', input.backgroundImage && input.removeBackgroundImage && 'background_image'].filter(
    (field): field is string => Boolean(field),
  )
  if (both.length) {
    const errors = Object.fromEntries(both.map((field) => [field, [uploadAndRemoveMessage(field)]]))
    throw new AppError('validation', uploadAndRemoveMessage(both[0]!), { errors })
  }
}

/**
 * Edits the actor's own profile. New images are stored first; then one transaction locks the user
 * row, points it at them (or clears the removed ones) and drops the rows of the images they replace
 * or remove; only after it commits are the old bytes removed. If the transaction fails, the new
 * files are deleted: no orphans either way.
 */
export async function editUser(actor: Actor, input: EditUserInput): Promise<EditUserResult> {
  assertNotReplacedAndRemoved(input)
  const prisma = db()
  if (!(await prisma.user.findUnique({ where: { id: actor.id }, select: { id: true } }))) throw notFound('User')

  const stored: StoredFileRow[] = []
  let image: StoredFileRow | undefined
  let background: StoredFileRow | undefined
  try {
    image = await storeImage(actor, input.image, 'image')
    if (image) stored.push(image)
    background = await storeImage(actor, input.backgroundImage, 'background_image')
    if (background) stored.push(background)
  } catch (error) {
    await Promise.all(stored.map((file) => fileStorage.delete(file)))
    throw error
  }

  let result: { user: UserRow; replaced: StoredFileRef[]; emailChanged: boolean }
  try {
    result = await prisma.$transaction(async (tx) => {
      // Locked, so that two edits at once cannot both replace the same old image and orphan one new one.
      const [current] = await tx.$queryRaw<Locked[]>`SELECT email, image_file_id, background_file_id FROM users WHERE id = ${actor.id}::uuid FOR UPDATE`
      if (!current) throw notFound('User')
      const emailChanged = input.email !== undefined && input.email !== current.email
      const dropImage = Boolean(image || input.removeImage)
      const dropBackground = Boolean(background || input.removeBackgroundImage)
      const replacedIds = [dropImage && current.image_file_id, dropBackground && current.background_file_id].filter((id): id is string => Boolean(id))
      const user = await tx.user.update({
        where: { id: actor.id },
        // Field by field: a request body is never spread into `data`.
        data: {
          ...(input.name !== undefined && { name: input.name }),
          ...(input.company !== undefined && { company: input.company }),
          ...(dropImage && { imageFileId: image?.id ?? null }),
          ...(dropBackground && { backgroundFileId: background?.id ?? null }),
        },
        select: userJsonSelect,
      })
      const replaced = await tx.storedFile.findMany({ where: { id: { in: replacedIds } }, select: { id: true, driver: true, key: true } })
      if (replaced.length) await tx.storedFile.deleteMany({ where: { id: { in: replacedIds } } })
      return { user, replaced, emailChanged }
    })
  } catch (error) {
    await Promise.all(stored.map((file) => fileStorage.delete(file)))
    throw error
  }
  await fileStorage.removeBytes(result.replaced)

  if (result.emailChanged && input.email !== undefined) await requestEmailChange(actor, input.email)
  return { user: presentUser(result.user), emailChanged: result.emailChanged }
}
