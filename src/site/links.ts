import { publicPath } from '@/lib/routes'

import { localePath, type Lang } from './i18n'

type LinkValue = {
  type?: 'internal' | 'url' | null
  url?: string | null
  reference?: { relationTo: string; value: unknown } | null
  newTab?: boolean | null
}

/** Where a `link` field (src/fields/link.ts) points, in the page's language; null when it points nowhere. */
export const resolveLink = (lang: Lang, link: LinkValue | null | undefined): string | null => {
  if (!link) return null
  if (link.type === 'url') {
    if (!link.url) return null
    return link.url.startsWith('/') ? localePath(lang, link.url) : link.url
  }
  const ref = link.reference
  if (!ref || typeof ref.value !== 'object' || ref.value === null) return null
  const path = publicPath(ref.relationTo, ref.value as { slug?: string; type?: string })
  return path ? localePath(lang, path) : null
}
