/**
 * YouTube links, strictly: watch, short, embed, shorts and
 * youtube-nocookie URLs with an 11-character video id. Anything else is refused.
 */
const ID = /^[A-Za-z0-9_-]{11}$/
const HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com', 'youtube-nocookie.com'])

export const youtubeId = (value: string): string | null => {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return null
  }
  if (!['https:', 'http:'].includes(url.protocol) || !HOSTS.has(url.hostname)) return null
  const parts = url.pathname.split('/').filter(Boolean)
  const candidate =
    url.hostname === 'youtu.be'
      ? parts[0]
      : parts[0] === 'watch'
        ? url.searchParams.get('v')
        : ['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '')
          ? parts[1]
          : null
  return candidate && ID.test(candidate) ? candidate : null
}

/** The privacy-enhanced player the site embeds. */
export const youtubeEmbedUrl = (value: string): string | null => {
  const id = youtubeId(value)
  return id ? `https://www.youtube-nocookie.com/embed/${id}` : null
}

export const validateYoutubeUrl = (value: null | string | undefined) =>
  !value ||
  youtubeId(value) !== null ||
  'Tautan YouTube tidak valid (contoh: https://www.youtube.com/watch?v=dQw4w9WgXcQ). / Not a valid YouTube link.'
