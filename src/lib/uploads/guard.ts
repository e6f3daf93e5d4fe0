import fs from 'node:fs/promises'

import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { userError } from '../messages'
import { sha256 } from './checksum'
import { displayName, isPathLike, storedName } from './filename'
import { accepted, maxBytes, type UploadKind } from './limits'
import { reencodeImage } from './reencode'
import { extensionOf, sniffType, type SniffedType } from './sniff'

const refusedType: Record<UploadKind, { id: string; en: string }> = {
  image: {
    id: 'Jenis berkas tidak diterima: hanya gambar JPEG, PNG, WebP atau GIF (bukan SVG).',
    en: 'File type not accepted: only JPEG, PNG, WebP or GIF images (not SVG).',
  },
  document: { id: 'Jenis berkas tidak diterima: hanya PDF.', en: 'File type not accepted: PDF only.' },
  proof: { id: 'Jenis berkas tidak diterima: hanya JPG, PNG atau PDF.', en: 'File type not accepted: only JPG, PNG or PDF.' },
}

const ORIGINAL_NAME = 'uploadOriginalName'

const bytesOf = async (file: NonNullable<PayloadRequest['file']>) =>
  file.data?.length || !file.tempFilePath ? file.data : fs.readFile(file.tempFilePath)

/**
 * Checks and rewrites the uploaded file before Payload stores it, whoever sends it (REST,
 * GraphQL, Local API): a name that is not a path, the size limit, the type by its magic bytes
 * (the declared type and the extension are ignored), images re-encoded, and a random stored name.
 * Payload's own `mimeTypes` check trusts the declared type; this is the check that counts.
 */
export const guardUpload =
  (kind: UploadKind): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    // Without a file, Payload would fetch a `url` from the body server-side, unchecked by this
    // guard; a create through the API must carry the file itself.
    if (!file && operation === 'create' && !(args as { overrideAccess?: boolean }).overrideAccess) {
      throw userError(req, 400, {
        id: 'Sertakan berkasnya; mengambil berkas dari URL tidak didukung.',
        en: 'Include the file itself; fetching files from a URL is not supported.',
      })
    }
    if (!file) return args

    const name = displayName(file.name ?? '')
    if (!name || isPathLike(file.name)) {
      throw userError(req, 400, {
        id: 'Nama berkas tidak boleh berupa jalur (seperti "../"). Ganti nama berkas lalu unggah lagi.',
        en: 'A file name may not be a path (such as "../"). Rename the file and upload it again.',
      })
    }
    const limit = maxBytes(kind)
    const original = await bytesOf(file)
    if (original.length > limit) {
      const mb = `${Math.round((limit / 1024 / 1024) * 10) / 10} MB`
      throw userError(req, 400, { id: `Berkas terlalu besar: paling besar ${mb}.`, en: `File too large: at most ${mb}.` })
    }
    const type = sniffType(original)
    if (!type || !accepted[kind].includes(type)) throw userError(req, 400, refusedType[kind])

    let stored: Buffer = original
    if (type !== 'application/pdf') {
      try {
        stored = await reencodeImage(original, type as Exclude<SniffedType, 'application/pdf'>)
      } catch {
        throw userError(req, 400, { id: 'Gambar rusak atau tidak dapat dibaca.', en: 'The image is damaged or cannot be read.' })
      }
    }
    req.file = { data: stored, mimetype: type, name: storedName(extensionOf[type]), size: stored.length }
    req.context[ORIGINAL_NAME] = name
    return args
  }

/**
 * Records what was stored: the uploader's (sanitised) file name and the SHA-256 of the stored
 * bytes. Runs after Payload prepared the file, so the checksum covers exactly what is written.
 */
export const recordUpload: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (!req.file) return data
  const originalName = req.context[ORIGINAL_NAME]
  return { ...data, ...(originalName ? { originalName } : {}), checksumSha256: sha256(await bytesOf(req.file)) }
}
