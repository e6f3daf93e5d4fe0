/** RFC 5987 value: percent-encoding of everything outside attr-char. */
const encodeRfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*!]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)

/** `attachment` (or `inline`) with the document's own name, and a plain-ASCII fallback for old clients. */
export const contentDisposition = (name: string, type: 'attachment' | 'inline' = 'attachment') => {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`
}
