/** What each kind of upload accepts, by magic bytes, and how big it may be. */
import type { SniffedType } from './sniff'

/** `proof`: identity and payment proofs (photo or scan), small by nature. */
export type UploadKind = 'image' | 'document' | 'proof'

const MB = 1024 * 1024

const megabytes = (name: string, fallback: number) => {
  const value = Number.parseFloat(process.env[name] ?? '')
  return Number.isFinite(value) && value > 0 ? value : fallback
}

export const accepted: Record<UploadKind, SniffedType[]> = {
  image: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
  document: ['application/pdf'],
  proof: ['image/jpeg', 'image/png', 'application/pdf'],
}

const limits: Record<UploadKind, () => number> = {
  image: () => megabytes('UPLOAD_MAX_IMAGE_MB', 5),
  document: () => megabytes('UPLOAD_MAX_DOCUMENT_MB', 20),
  proof: () => megabytes('UPLOAD_MAX_PROOF_MB', 2),
}

/** Largest file of the kind, in bytes: `UPLOAD_MAX_IMAGE_MB` (5), `UPLOAD_MAX_DOCUMENT_MB` (20), `UPLOAD_MAX_PROOF_MB` (2). */
export const maxBytes = (kind: UploadKind) => Math.round(limits[kind]() * MB)

/**
 * The multipart parser's own ceiling. It sits above every kind's limit so that a file a little
 * too big gets our clear message; only a far larger body is cut off by the parser itself.
 */
export const parserMaxBytes = () => Math.max(maxBytes('image'), maxBytes('document')) + 5 * MB
