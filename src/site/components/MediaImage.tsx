import Image from 'next/image'

import type { Media } from '../../../payload-types'

type Size = 'thumbnail' | 'card' | 'hero'

/**
 * An uploaded image at one of the sizes Media makes, WebP first. Sized so the layout does not jump;
 * served as stored (the sizes are already made), so Next's optimiser stays out of it.
 */
export const MediaImage = ({ media, size, className, priority }: { media: unknown; size: Size; className?: string; priority?: boolean }) => {
  if (!media || typeof media !== 'object') return null
  const doc = media as Media
  const variant = doc.sizes?.[`${size}Webp`]?.url ? doc.sizes[`${size}Webp`] : doc.sizes?.[size]
  const src = variant?.url ?? doc.url
  const width = variant?.width ?? doc.width
  const height = variant?.height ?? doc.height
  if (!src || !width || !height) return null
  return <Image src={src} alt={doc.alt ?? ''} width={width} height={height} className={className} priority={priority} unoptimized />
}
