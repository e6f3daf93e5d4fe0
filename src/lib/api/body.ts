import type { Refusal } from './refusal'
import { badRequest } from './refusal'
import { maxJsonBytes } from './limits'

const TOO_LARGE = (): Refusal => ({
  status: 413,
  text: {
    id: `Isi permintaan terlalu besar (maksimal ${maxJsonBytes() / 1024} KB).`,
    en: `The request body is too large (at most ${maxJsonBytes() / 1024} KB).`,
  },
})

const isMultipart = (request: Request) => (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')

/** Reads at most `max` bytes; undefined when the body is longer (the rest is never read). */
const readUpTo = async (body: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array<ArrayBuffer> | undefined> => {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength
    if (size > max) {
      await reader.cancel()
      return undefined
    }
    chunks.push(read.value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

const isJson = (request: Request) => (request.headers.get('content-type') ?? '').toLowerCase().includes('json')

const parsesAsJson = (bytes: Uint8Array) => {
  try {
    JSON.parse(new TextDecoder().decode(bytes))
    return true
  } catch {
    return false
  }
}

/**
 * A body other than multipart is read here, up to the cap, before Payload parses it: a bigger one
 * is 413 whatever it claims, unreadable JSON is 400. A multipart body needs its boundary; its size
 * is left to the upload parser's own limits.
 */
export const checkBody = async (request: Request): Promise<{ refusal: Refusal } | { request: Request }> => {
  if (!request.body) return { request }
  if (isMultipart(request)) {
    if (/;\s*boundary=[^;\s]+/i.test(request.headers.get('content-type') ?? '')) return { request }
    return { refusal: badRequest({ id: 'Permintaan multipart tanpa boundary.', en: 'Multipart request without a boundary.' }) }
  }
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > maxJsonBytes()) return { refusal: TOO_LARGE() }
  const bytes = await readUpTo(request.body, maxJsonBytes())
  if (!bytes) return { refusal: TOO_LARGE() }
  if (isJson(request) && bytes.byteLength > 0 && !parsesAsJson(bytes)) {
    return { refusal: badRequest({ id: 'Isi permintaan bukan JSON yang valid.', en: 'The request body is not valid JSON.' }) }
  }
  const { method, headers, signal } = request
  return { request: new Request(request.url, { method, headers, signal, body: bytes }) }
}
