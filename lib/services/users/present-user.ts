import type { UserJson } from '@/lib/schemas/users'

/** The user's own columns (never the password hash). */
const userScalarSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  company: true,
  image: true,
  emailVerified: true,
  isActive: true,
  createdAt: true,
} as const

/** The columns `presentUser` needs: select exactly these. */
export const userJsonSelect = { ...userScalarSelect, imageFile: { select: { url: true } }, backgroundFile: { select: { url: true } } } as const

export type UserRow = {
  id: string
  name: string | null
  email: string
  role: UserJson['role']
  company: string | null
  image: string | null
  emailVerified: Date | null
  isActive: boolean
  createdAt: Date
  imageFile: { url: string } | null
  backgroundFile: { url: string } | null
}

/** The wire form of a user (snake_case, no secrets). */
export function presentUser(user: UserRow): UserJson {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    company: user.company,
    image_url: user.imageFile?.url ?? user.image,
    background_image_url: user.backgroundFile?.url ?? null,
    email_verified: user.emailVerified !== null,
    is_active: user.isActive,
    created_at: user.createdAt.toISOString(),
  }
}
