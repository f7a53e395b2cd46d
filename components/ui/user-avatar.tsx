import Image from 'next/image'

import { cn } from '@/lib/utils/cn'

/** Two letters for a person: from the name's first and last words, else the email. */
export function initialsOf(name: string | null, email: string): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean)
  return (words.length >= 2 ? words[0]![0]! + words.at(-1)![0]! : (words[0] ?? email).slice(0, 2)).toUpperCase()
}

/**
 * A person's round picture: their uploaded profile image (or the one their Google account gave),
 * else their initials. Decorative: the name is always written beside it.
 */
export function UserAvatar({
  name,
  email,
  imageUrl,
  size = 32,
  className,
}: {
  name: string | null
  email: string
  imageUrl: string | null
  size?: number
  className?: string
}) {
  const box = cn('shrink-0 overflow-hidden rounded-full ring-1 ring-border', className)
  if (imageUrl) {
    // unoptimized: images come from our media route or ImageKit (which resizes itself), never through Next's optimizer.
    return <Image src={imageUrl} alt="" width={size} height={size} unoptimized className={cn(box, 'object-cover')} style={{ width: size, height: size }} />
  }
  return (
    <span
      aria-hidden
      className={cn(box, 'grid place-items-center bg-linear-to-br from-primary/15 to-primary/5 text-[11px] font-semibold text-primary')}
      style={{ width: size, height: size }}
    >
      {initialsOf(name, email)}
    </span>
  )
}
