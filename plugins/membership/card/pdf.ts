import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { PDFDocument, rgb, StandardFonts, type PDFFont } from 'pdf-lib'

import { uploadDir } from '@/lib/paths'

import { MEMBER_DOCUMENTS } from '../collections/MemberDocuments'
import { qrPng, type Card } from './card'

const MM = 72 / 25.4

/** The standard PDF fonts know WinAnsi only: other characters become "?" rather than failing. */
const winAnsi = (font: PDFFont, text: string) =>
  [...text]
    .map((char) => {
      try {
        font.encodeText(char)
        return char
      } catch {
        return '?'
      }
    })
    .join('')

const photoBytes = async (payload: Payload, id: number | null) => {
  if (id == null) return null
  const doc = await payload.findByID({ collection: MEMBER_DOCUMENTS, id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!doc?.filename || path.basename(doc.filename) !== doc.filename) return null
  const bytes = await fs.readFile(path.join(uploadDir(MEMBER_DOCUMENTS), doc.filename)).catch(() => null)
  return bytes && doc.mimeType ? { bytes, mimeType: doc.mimeType } : null
}

export type CardLabels = { title: string; number: string; region: string; validUntil: string; verify: string }

/**
 * The card as a one-page PDF the size of an ID card (85.6 × 54 mm): organisation, photo, name,
 * number, region, validity and the QR code of the verification address.
 */
export const cardPdf = async (payload: Payload, card: Card, organisation: string, labels: CardLabels): Promise<Uint8Array> => {
  const pdf = await PDFDocument.create()
  pdf.setTitle(`${labels.title} ${card.memberNumber}`)
  pdf.setProducer('Balai')
  const width = 85.6 * MM
  const height = 54 * MM
  const page = pdf.addPage([width, height])
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const brand = rgb(0.08, 0.33, 0.18)

  page.drawRectangle({ x: 0, y: height - 11 * MM, width, height: 11 * MM, color: brand })
  page.drawText(winAnsi(bold, organisation).slice(0, 40), { x: 4 * MM, y: height - 6 * MM, size: 9, font: bold, color: rgb(1, 1, 1) })
  page.drawText(winAnsi(regular, labels.title), { x: 4 * MM, y: height - 9.5 * MM, size: 6.5, font: regular, color: rgb(1, 1, 1) })

  const photo = await photoBytes(payload, card.photoId)
  let textX = 4 * MM
  if (photo) {
    const image = photo.mimeType === 'image/png' ? await pdf.embedPng(photo.bytes) : photo.mimeType === 'image/jpeg' ? await pdf.embedJpg(photo.bytes) : null
    if (image) {
      const box = { w: 20 * MM, h: 25 * MM }
      const scale = Math.min(box.w / image.width, box.h / image.height)
      page.drawImage(image, { x: 4 * MM, y: height - 14 * MM - image.height * scale, width: image.width * scale, height: image.height * scale })
      textX = 26 * MM
    }
  }

  const lines: Array<[string, string, PDFFont, number]> = [
    ['', card.fullName, bold, 9],
    [labels.number, card.memberNumber, bold, 8],
    [labels.region, card.region ?? '—', regular, 7],
    [labels.validUntil, card.validUntil, regular, 7],
  ]
  let y = height - 17 * MM
  for (const [label, value, font, size] of lines) {
    if (label) page.drawText(winAnsi(regular, label), { x: textX, y, size: 5.5, font: regular, color: rgb(0.35, 0.35, 0.35) })
    y -= label ? 3 * MM : 0
    page.drawText(winAnsi(font, value).slice(0, 30), { x: textX, y, size, font })
    y -= 4.5 * MM
  }

  const qr = await pdf.embedPng(await qrPng(card.verifyUrl))
  const side = 22 * MM
  page.drawImage(qr, { x: width - side - 3 * MM, y: 4 * MM, width: side, height: side })
  page.drawText(winAnsi(regular, labels.verify), { x: width - side - 3 * MM, y: 2 * MM, size: 5, font: regular, color: rgb(0.35, 0.35, 0.35) })
  return pdf.save()
}
