import type { PayloadRequest } from 'payload'

import { guardedEndpoint } from '@/access'
import { clientIp } from '@/lib/client-ip'
import { isLang, langOf as requestLang } from '@/lib/i18n'
import { userError } from '@/lib/messages'
import { enforce, limits } from '@/lib/rate-limit'

import { CONTENT_TYPES, searchContent, suggestContent, type ContentType } from './index'

/** `?lang=` when it names one of ours, else the request's language. */
const langOf = (req: PayloadRequest) => {
  const asked = req.searchParams.get('lang')
  return isLang(asked) ? asked : requestLang(req)
}

/** A whole number from the query string; absent is undefined, anything else but digits a 400. */
const wholeNumber = (req: PayloadRequest, name: string): number | undefined => {
  const raw = req.searchParams.get(name)
  if (raw === null || raw === '') return undefined
  if (!/^\d{1,9}$/.test(raw)) throw userError(req, 400, { id: `${name} harus berupa angka.`, en: `${name} must be a number.` })
  return Number(raw)
}

const typeOf = (req: PayloadRequest): ContentType | undefined => {
  const raw = req.searchParams.get('type')
  if (!raw) return undefined
  if (!(CONTENT_TYPES as readonly string[]).includes(raw)) {
    throw userError(req, 400, { id: 'Jenis konten tidak dikenal.', en: 'Unknown content type.' })
  }
  return raw as ContentType
}

// Public like the site; the per-address limit keeps scripted scraping off the database.
const limited = (req: PayloadRequest, limit: typeof limits.searchIp) => enforce(req, [[limit, clientIp(req.headers)]])

/**
 * GET /api/content/search?q=&type=&category=&year=&page=&limit=&lang= — what /cari shows:
 * results with highlighted snippets, the total and the facets, limited to what the caller may read.
 */
export const searchEndpoint = guardedEndpoint({
  path: '/search',
  method: 'get',
  access: () => true,
  handler: async (req) => {
    await limited(req, limits.searchIp)
    const result = await searchContent(req, {
      q: req.searchParams.get('q'),
      lang: langOf(req),
      type: typeOf(req),
      category: req.searchParams.get('category'),
      year: wholeNumber(req, 'year'),
      page: wholeNumber(req, 'page'),
      limit: wholeNumber(req, 'limit'),
    })
    return Response.json(result)
  },
})

/** GET /api/content/suggest?q=&lang= — up to 8 `{ title, path }` for the search box as the visitor types. */
export const suggestEndpoint = guardedEndpoint({
  path: '/suggest',
  method: 'get',
  access: () => true,
  handler: async (req) => {
    await limited(req, limits.suggestIp)
    return Response.json({ suggestions: await suggestContent(req, { q: req.searchParams.get('q'), lang: langOf(req) }) })
  },
})
