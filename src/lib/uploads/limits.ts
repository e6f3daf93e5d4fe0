/** What each kind of upload accepts, by magic bytes, and how big it may be. */
import type { SniffedType } from './sniff'

export type UploadKind = 'image' | 'document'

const MB = 1024 * 1024

const megabytes = (name: string, fallback: number) => {
  const value = Number.parseFloat(process.env[name] ?? '')
  return Number.isFinite(value) && value > 0 ? value : fallback
}

export const accepted: Record<UploadKind, SniffedType[]> = {
  image: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
  document: ['application/pdf'],
}

/** Largest file of the kind, in bytes: `UPLOAD_MAX_IMAGE_MB` (5) and `UPLOAD_MAX_DOCUMENT_MB` (20). */
export const maxBytes = (kind: UploadKind) =>
  Math.round((kind === 'image' ? megabytes('UPLOAD_MAX_IMAGE_MB', 5) : megabytes('UPLOAD_MAX_DOCUMENT_MB', 20)) * MB)

/**
 * The multipart parser's own ceiling. It sits above every kind's limit so that a file a little
 * too big gets our clear message; only a far larger body is cut off by the parser itself.
 */
export const parserMaxBytes = () => Math.max(maxBytes('image'), maxBytes('document')) + 5 * MB
