import sharp from 'sharp'

import type { SniffedType } from './sniff'

/** Decompression bombs: a small file that decodes to a huge bitmap is refused by sharp. */
const MAX_PIXELS = 50_000_000

const formatOf = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif' } as const

/**
 * Decodes the image and encodes it again in its own format. Only pixels survive: sharp writes no
 * metadata unless asked, so EXIF (GPS, camera, owner) and any bytes smuggled after the image are
 * gone. The orientation EXIF carried is applied to the pixels first. Throws on a file that is
 * not a decodable image.
 */
export const reencodeImage = async (data: Buffer, type: Exclude<SniffedType, 'application/pdf'>) => {
  const animated = type === 'image/gif' || type === 'image/webp'
  return sharp(data, { animated, limitInputPixels: MAX_PIXELS, failOn: 'error' })
    .rotate()
    .toFormat(formatOf[type], type === 'image/jpeg' || type === 'image/webp' ? { quality: 85 } : {})
    .toBuffer()
}
