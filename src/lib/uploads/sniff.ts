/**
 * What a file really is, read from its first bytes. The name and the declared type are the
 * uploader's word; these signatures are the file's. SVG has no signature here on purpose: it is
 * a script-capable document, never accepted as an image, whatever it calls itself.
 */
export type SniffedType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'application/pdf'

const startsWith = (data: Uint8Array, bytes: number[], offset = 0) =>
  data.length >= offset + bytes.length && bytes.every((byte, i) => data[offset + i] === byte)

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0))

const signatures: Array<{ type: SniffedType; matches: (data: Uint8Array) => boolean }> = [
  { type: 'image/jpeg', matches: (data) => startsWith(data, [0xff, 0xd8, 0xff]) },
  { type: 'image/png', matches: (data) => startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/gif', matches: (data) => startsWith(data, ascii('GIF87a')) || startsWith(data, ascii('GIF89a')) },
  { type: 'image/webp', matches: (data) => startsWith(data, ascii('RIFF')) && startsWith(data, ascii('WEBP'), 8) },
  { type: 'application/pdf', matches: (data) => startsWith(data, ascii('%PDF-')) },
]

export const sniffType = (data: Uint8Array): SniffedType | null =>
  signatures.find((signature) => signature.matches(data))?.type ?? null

export const extensionOf: Record<SniffedType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
}
