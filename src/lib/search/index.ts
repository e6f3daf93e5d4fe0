import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { can, withRole } from '@/access'
import { escapeHtml } from '@/lib/html'
import type { Lang } from '@/lib/i18n'
import { userError } from '@/lib/messages'
import { docPath } from '@/lib/site-seo/urls'

import { MARK_END, MARK_START, SEARCH_SQL, searchValues, SUGGEST_SQL } from './sql'

export const CONTENT_TYPES = ['news', 'activity', 'announcement', 'article'] as const
export type ContentType = (typeof CONTENT_TYPES)[number]

export const MIN_QUERY_LENGTH = 2
export const MAX_QUERY_LENGTH = 200
export const MAX_LIMIT = 50
/** Deep pages cost a full sort for nothing a person reads. */
export const MAX_PAGE = 100
export const MAX_SUGGESTIONS = 8

export type SearchOptions = {
  q?: null | string
  lang?: Lang
  type?: ContentType | null
  /** A category slug. */
  category?: null | string
  year?: null | number
  page?: number
  limit?: number
}

export type SearchHit = {
  id: number
  title: string
  /** The title as HTML: escaped, hits in <mark>. */
  titleHtml: string
  /** A passage of excerpt and body as HTML: escaped, hits in <mark>. */
  snippet: string
  /** The item's page on the site, in the requested language. */
  path: null | string
  type: ContentType
  category: { id: number; slug: string; name: string } | null
  publishedAt: null | string
  rank: number
}

export type FacetCount<T> = { value: T; count: number }

export type SearchResult = {
  query: string
  /** Why there are no results without running a search: too short, or no searchable word in it. */
  empty: 'too_short' | 'no_terms' | null
  total: number
  page: number
  limit: number
  totalPages: number
  results: SearchHit[]
  facets: {
    types: Array<FacetCount<ContentType>>
    categories: Array<{ id: number; slug: string; name: string; count: number }>
    years: Array<FacetCount<number>>
  }
}

type SearchRow = {
  terms: number
  total: number
  types: SearchResult['facets']['types']
  categories: SearchResult['facets']['categories']
  years: SearchResult['facets']['years']
  results: Array<Omit<SearchHit, 'titleHtml' | 'snippet' | 'path'> & { slug: string; titleMarked: string; snippetMarked: string }>
}

const poolOf = (req: PayloadRequest) => (req.payload.db as unknown as PostgresAdapter).pool

/** Escapes the text, then turns ts_headline's markers into <mark>: stored markup never comes out raw. */
export const markedToHtml = (marked: string) =>
  escapeHtml(marked).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>')

/** Whitespace collapsed, cut to MAX_QUERY_LENGTH characters. */
export const normaliseQuery = (q: null | string | undefined) => (q ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)

/** Members-only items are searchable for holders of `content.view_member`, like reading them. */
const mayReadMembersOnly = async (req: PayloadRequest) => can(await withRole(req), 'content.view_member')

const integerIn = (req: PayloadRequest, value: number | undefined, fallback: number, max: number, name: string) => {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw userError(req, 400, { id: `${name} harus bilangan bulat 1–${max}.`, en: `${name} must be a whole number from 1 to ${max}.` })
  }
  return value
}

const emptyResult = (query: string, page: number, limit: number, empty: SearchResult['empty']): SearchResult => ({
  query,
  empty,
  total: 0,
  page,
  limit,
  totalPages: 0,
  results: [],
  facets: { types: [], categories: [], years: [] },
})

/**
 * Full-text search over published content the caller may read, best match first (title hits
 * before excerpt hits before body hits; newer first among equals). `q` takes web-search syntax:
 * "a phrase", -excluded, or. A query too short or without a searchable word gives an empty
 * result, not an error; a bad filter value is a 400.
 */
export const searchContent = async (req: PayloadRequest, options: SearchOptions): Promise<SearchResult> => {
  const query = normaliseQuery(options.q)
  const page = integerIn(req, options.page, 1, MAX_PAGE, 'page')
  const limit = integerIn(req, options.limit, 10, MAX_LIMIT, 'limit')
  if (options.type && !CONTENT_TYPES.includes(options.type)) {
    throw userError(req, 400, { id: 'Jenis konten tidak dikenal.', en: 'Unknown content type.' })
  }
  if (options.year != null && (!Number.isInteger(options.year) || options.year < 1900 || options.year > 2999)) {
    throw userError(req, 400, { id: 'Tahun tidak valid.', en: 'Invalid year.' })
  }
  if (query.length < MIN_QUERY_LENGTH) return emptyResult(query, page, limit, 'too_short')

  const { rows } = await poolOf(req).query<SearchRow>(
    SEARCH_SQL,
    searchValues({
      q: query,
      member: await mayReadMembersOnly(req),
      type: options.type ?? null,
      category: options.category || null,
      year: options.year ?? null,
      limit,
      offset: (page - 1) * limit,
    }),
  )
  const row = rows[0]
  if (row.terms === 0) return emptyResult(query, page, limit, 'no_terms')
  const lang = options.lang ?? 'id'
  return {
    query,
    empty: null,
    total: row.total,
    page,
    limit,
    totalPages: Math.ceil(row.total / limit),
    results: row.results.map(({ titleMarked, snippetMarked, slug, ...hit }) => ({
      ...hit,
      titleHtml: markedToHtml(titleMarked),
      snippet: markedToHtml(snippetMarked),
      path: docPath('content', { slug, type: hit.type }, lang),
    })),
    facets: { types: row.types, categories: row.categories, years: row.years },
  }
}

export type Suggestion = { title: string; path: null | string }

/**
 * The typed words as a prefix tsquery on titles (`kata:*A & lain:*A`): letters and digits only,
 * so nothing the visitor types is read as tsquery syntax. Null when no word is long enough.
 */
export const prefixQuery = (q: null | string | undefined): null | string => {
  const words = normaliseQuery(q).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const usable = words.slice(0, 8)
  if (usable.join('').length < MIN_QUERY_LENGTH) return null
  return usable.map((word) => `${word}:*A`).join(' & ')
}

/** Up to 8 titles of readable published items whose title words start with what was typed. */
export const suggestContent = async (req: PayloadRequest, options: { q?: null | string; lang?: Lang }): Promise<Suggestion[]> => {
  const query = prefixQuery(options.q)
  if (!query) return []
  const { rows } = await poolOf(req).query<{ title: string; slug: string; type: string }>(SUGGEST_SQL, [
    query,
    await mayReadMembersOnly(req),
    MAX_SUGGESTIONS,
  ])
  const lang = options.lang ?? 'id'
  return rows.map((row) => ({ title: row.title, path: docPath('content', row, lang) }))
}
