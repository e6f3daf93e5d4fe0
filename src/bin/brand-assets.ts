/**
 * `npm run brand-assets`: renders the site's raster icons, the favicon and the default Open Graph
 * image from `public/brand/icon.svg`, so that SVG stays the one source of the mark. Commit the output.
 */
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { rootDir } from '../lib/paths'

const brand = path.join(rootDir, 'public', 'brand')
const icon = fs.readFileSync(path.join(brand, 'icon.svg'))
const GREEN = '#2f6b4f'

const png = (svg: Buffer, size: number) => sharp(svg, { density: 72 * (size / 64) }).resize(size, size).png().toBuffer()

/** Android's maskable icons are cropped to a circle: the mark sits inside the middle 80 %. */
const maskable = async (size: number) => {
  const inner = await png(icon, Math.round(size * 0.7))
  return sharp({ create: { width: size, height: size, channels: 4, background: GREEN } })
    .composite([{ input: inner, gravity: 'centre' }])
    .png()
    .toBuffer()
}

/** An .ico holding one PNG image, which every current browser reads. */
const ico = (image: Buffer, size: number) => {
  const header = Buffer.alloc(22)
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(1, 4) // one image
  header.writeUInt8(size, 6)
  header.writeUInt8(size, 7)
  header.writeUInt16LE(1, 10) // colour planes
  header.writeUInt16LE(32, 12) // bits per pixel
  header.writeUInt32LE(image.length, 14)
  header.writeUInt32LE(22, 18) // offset of the image
  return Buffer.concat([header, image])
}

const ogImage = async () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="${GREEN}"/>
  <rect x="0" y="560" width="1200" height="70" fill="#d9a441"/>
  <text x="600" y="440" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="96" font-weight="700" fill="#f4efe3">Balai</text>
  <text x="600" y="510" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="36" fill="#f4efe3">Balai warga · community hall</text>
</svg>`
  return sharp(Buffer.from(svg))
    .composite([{ input: await png(icon, 200), top: 90, left: 500 }])
    .png()
    .toBuffer()
}

const write = (name: string, data: Buffer) => {
  fs.writeFileSync(path.join(brand, name), data)
  console.info(`public/brand/${name} (${data.length} bytes)`)
}

write('icon-192.png', await png(icon, 192))
write('icon-512.png', await png(icon, 512))
write('icon-maskable-512.png', await maskable(512))
write('apple-touch-icon.png', await maskable(180))
write('og-default.png', await ogImage())
const favicon = ico(await png(icon, 32), 32)
fs.writeFileSync(path.join(rootDir, 'public', 'favicon.ico'), favicon)
console.info(`public/favicon.ico (${favicon.length} bytes)`)
