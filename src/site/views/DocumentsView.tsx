import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { routeMetadata } from '@/lib/site-seo'

import { Pagination } from '../components/Pagination'
import { getSite, listCategories, listDocuments } from '../data'
import { formatDate, isLang, localePath, texts } from '../i18n'

type DocType = 'publication' | 'regulation'
type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ kategori?: string; tahun?: string; halaman?: string }> }

const routes: Record<DocType, { path: string; title: 'publications' | 'regulations' }> = {
  publication: { path: '/publikasi', title: 'publications' },
  regulation: { path: '/regulasi', title: 'regulations' },
}

const positive = (value: string | undefined) => {
  const n = Number(value)
  return value && Number.isInteger(n) && n > 0 ? n : undefined
}

/** `/publikasi` and `/regulasi`: published PDFs with category and year filters and their download counts. */
export const documentsView = (docType: DocType) => {
  const route = routes[docType]
  const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
    const { lang } = await params
    return isLang(lang) ? routeMetadata({ path: route.path, title: texts(lang)[route.title] }, await getSite(), lang) : {}
  }

  const Page = async ({ params, searchParams }: Props) => {
    const { lang } = await params
    if (!isLang(lang)) notFound()
    const query = await searchParams
    const category = positive(query.kategori)
    const year = positive(query.tahun)
    const page = positive(query.halaman) ?? 1
    const [result, categories] = await Promise.all([listDocuments({ docType, category, year, page }), listCategories(docType)])
    const thisYear = new Date().getFullYear()
    const hrefFor = (n: number) => {
      const search = new URLSearchParams({ ...(category ? { kategori: String(category) } : {}), ...(year ? { tahun: String(year) } : {}), ...(n > 1 ? { halaman: String(n) } : {}) })
      return localePath(lang, `${route.path}${search.size ? `?${search}` : ''}`)
    }
    return (
      <>
        <h1 className="mb-6 text-3xl font-bold">{texts(lang)[route.title]}</h1>
        <form method="get" className="mb-6 flex flex-wrap items-end gap-3" role="search">
          <label className="flex flex-col text-sm">
            {texts(lang).category}
            <select name="kategori" defaultValue={category ?? ''} className="rounded border border-black/20 bg-white p-2">
              <option value="">{texts(lang).allCategories}</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col text-sm">
            {texts(lang).year}
            <select name="tahun" defaultValue={year ?? ''} className="rounded border border-black/20 bg-white p-2">
              <option value="">{texts(lang).allYears}</option>
              {Array.from({ length: 10 }, (_, i) => thisYear - i).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
            {texts(lang).filter}
          </button>
        </form>
        {result.docs.length === 0 ? (
          <p className="text-muted">{texts(lang).nothingYet}</p>
        ) : (
          <ul className="divide-y divide-black/10 rounded-lg bg-white shadow-sm ring-1 ring-black/5">
            {result.docs.map((doc) => (
              <li key={doc.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <div>
                  <p className="font-semibold">{doc.title}</p>
                  {doc.description && <p className="text-sm text-muted">{doc.description}</p>}
                  <p className="text-xs text-muted">
                    {formatDate(lang, doc.publishedAt)} · {doc.downloadCount ?? 0} {texts(lang).downloads}
                  </p>
                </div>
                <a href={`/dokumen/${doc.id}/unduh`} className="rounded bg-brand px-3 py-2 font-semibold text-white no-underline">
                  {texts(lang).download} <span className="sr-only">{doc.title}</span> (PDF)
                </a>
              </li>
            ))}
          </ul>
        )}
        <Pagination lang={lang} page={page} pages={result.totalPages} hrefFor={hrefFor} />
      </>
    )
  }
  return { Page, generateMetadata }
}
