import sharp from 'sharp'

import type { UploadFile } from './api'

/** A real PNG of the given size (a flat colour: small, and fast to make). */
export const pngFile = async (name = 'gambar.png', width = 64, height = 48): Promise<UploadFile> => ({
  data: await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } }).png().toBuffer(),
  name,
  mimetype: 'image/png',
})

/** EXIF tag 0x8825 (GPSInfo), as written little-endian in the IFD: the GPS block is present. */
export const GPS_POINTER = Buffer.from([0x25, 0x88])
export const EXIF_MARKER = 'Pemilik Rahasia'

/** A camera-like JPEG whose EXIF carries a GPS position and an owner's name. */
export const jpegWithGps = async (name = 'foto-kegiatan.jpg'): Promise<UploadFile> => ({
  data: await sharp({ create: { width: 1800, height: 1200, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .jpeg()
    .withExif({
      IFD0: { Copyright: EXIF_MARKER },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 12/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 49/1 0/1' },
    })
    .toBuffer(),
  name,
  mimetype: 'image/jpeg',
})

/** A minimal well-formed one-page PDF; `label` makes its bytes (and checksum) unique. */
export const pdfFile = (label: string, name = 'laporan.pdf'): UploadFile => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let body = `%PDF-1.4\n% ${label}\n`
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body)
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return { data: Buffer.from(body, 'latin1'), name, mimetype: 'application/pdf' }
}
