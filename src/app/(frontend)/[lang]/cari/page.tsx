import config from '@payload-config'
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { createLocalReq, getPayload } from 'payload'

import { CONTENT_TYPES, searchContent, type ContentType, type SearchResult } from '@/lib/search'
import { Pagination } from '@/site/components/Pagination'
import { SearchBox } from '@/site/components/SearchBox'
import { formatDate, isLang, localePath, texts, type Lang, type MessageKey } from '@/site/i18n'

type Query = { q?: string; jenis?: string; kategori?: string; tahun?: string; halaman?: string }
// Answers per request: what it shows depends on the query string (and, for search, the reader).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Query> }

const typeLabels: Record<ContentType, MessageKey> = { news: 'news', activity: 'activities', announcement: 'announcements', article: 'articles' }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { lang } = await params
  return isLang(lang) ? { title: texts(lang).search, robots: { index: false } } : {}
}

const number = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : undefined)

/** `/cari?q=`: PostgreSQL full-text search over what this visitor may read, with facets. */
const SearchPage = async ({ params, searchParams }: Props) => {
  const { lang } = await params
  if (!isLang(lang)) notFound()
  const query = await searchParams
  const type = CONTENT_TYPES.includes(query.jenis as ContentType) ? (query.jenis as ContentType) : null
  const payload = await getPayload({ config })
  // Members also find members-only items: the search runs as whoever is signed in.
  const { user } = await payload.auth({ headers: await headers() })
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  const result = await searchContent(req, { q: query.q, lang, type, category: query.kategori || null, year: number(query.tahun) ?? null, page: number(query.halaman) ?? 1 })
  const href = (change: Partial<Query>) => {
    const next = { q: result.query, jenis: type ?? undefined, kategori: query.kategori, tahun: query.tahun, ...change }
    const search = new URLSearchParams(Object.entries(next).filter((entry): entry is [string, string] => Boolean(entry[1])))
    return localePath(lang, `/cari?${search}`)
  }
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{texts(lang).search}</h1>
      <form method="get" role="search" className="mb-6">
        <SearchBox lang={lang} defaultValue={result.query} label={texts(lang).searchLabel} button={texts(lang).search} />
      </form>
      {result.query && <SearchSummary lang={lang} result={result} />}
      {result.total > 0 && (
        <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
          <Facets lang={lang} result={result} href={href} active={{ type, category: query.kategori, year: query.tahun }} />
          <div>
            <ol className="space-y-6">
              {result.results.map((hit) => (
                <li key={hit.id}>
                  <p className="text-sm text-muted">
                    {texts(lang)[typeLabels[hit.type]]}
                    {hit.category && ` · ${hit.category.name}`} · {formatDate(lang, hit.publishedAt)}
                  </p>
                  {/* titleHtml and snippet are escaped by the search module; only its <mark> tags are markup. */}
                  <h2 className="text-xl font-bold">
                    {hit.path ? <Link href={hit.path} className="text-ink" dangerouslySetInnerHTML={{ __html: hit.titleHtml }} /> : <span dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />}
                  </h2>
                  <p className="text-muted [&_mark]:bg-yellow-200 [&_mark]:text-ink" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
                </li>
              ))}
            </ol>
            <Pagination lang={lang} page={result.page} pages={result.totalPages} hrefFor={(page) => href({ halaman: page > 1 ? String(page) : undefined })} />
          </div>
        </div>
      )}
    </>
  )
}

const SearchSummary = ({ lang, result }: { lang: Lang; result: SearchResult }) => (
  <p className="mb-4 text-muted" role="status">
    {result.empty === 'too_short'
      ? texts(lang).searchTooShort
      : result.total === 0
        ? texts(lang).searchNothing(result.query)
        : texts(lang).searchFound(result.total, result.query)}
  </p>
)

const Facets = ({ lang, result, href, active }: { lang: Lang; result: SearchResult; href: (change: Partial<Query>) => string; active: { type: string | null; category?: string; year?: string } }) => (
  <aside aria-label={texts(lang).filter} className="space-y-4 text-sm">
    <FacetGroup title={texts(lang).type} items={result.facets.types.map((f) => ({ key: f.value, label: texts(lang)[typeLabels[f.value]], count: f.count, href: href({ jenis: active.type === f.value ? undefined : f.value, halaman: undefined }), on: active.type === f.value }))} />
    <FacetGroup title={texts(lang).category} items={result.facets.categories.map((f) => ({ key: f.slug, label: f.name, count: f.count, href: href({ kategori: active.category === f.slug ? undefined : f.slug, halaman: undefined }), on: active.category === f.slug }))} />
    <FacetGroup title={texts(lang).year} items={result.facets.years.map((f) => ({ key: String(f.value), label: String(f.value), count: f.count, href: href({ tahun: active.year === String(f.value) ? undefined : String(f.value), halaman: undefined }), on: active.year === String(f.value) }))} />
  </aside>
)

const FacetGroup = ({ title, items }: { title: string; items: Array<{ key: string; label: string; count: number; href: string; on: boolean }> }) =>
  items.length ? (
    <div>
      <h2 className="mb-1 font-bold">{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <Link href={item.href} aria-current={item.on ? 'true' : undefined} className={item.on ? 'font-bold' : undefined}>
              {item.label} ({item.count})
            </Link>
          </li>
        ))}
      </ul>
    </div>
  ) : null

export default SearchPage
