const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/**
 * Text for XML character data and attributes. Characters XML 1.0 forbids (most C0 controls,
 * lone surrogates, U+FFFE/FFFF) are dropped: a single one would make the whole feed unreadable.
 */
export const escapeXml = (text: string) =>
  text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/[&<>"']/g, (char) => entities[char])

/** RFC 822 dates as RSS 2.0 wants them (`Sun, 22 Nov 2026 05:00:00 GMT`). */
export const rfc822 = (date: Date | string) => new Date(date).toUTCString()

export const xmlResponse = (body: string, contentType = 'application/xml') =>
  new Response(body, {
    headers: {
      'content-type': `${contentType}; charset=utf-8`,
      // Shared caches may keep it briefly; the data behind it is revalidated by tag.
      'cache-control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=600',
    },
  })
