import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { routeMetadata } from '@/lib/site-seo'
import { ContentGrid } from '@/site/components/ContentCard'
import { Pagination } from '@/site/components/Pagination'
import { getCategory, getSite, listContent } from '@/site/data'
import { isLang, localePath, texts } from '@/site/i18n'

// Answers per request: what it shows depends on the query string (and, for search, the reader).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<{ halaman?: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { lang, slug } = await params
  const category = isLang(lang) ? await getCategory(slug) : null
  return category && isLang(lang) ? routeMetadata({ path: `/kategori/${slug}`, title: category.name, description: category.description ?? undefined }, await getSite(), lang) : {}
}

/** Every published item of one category, newest first. */
const CategoryPage = async ({ params, searchParams }: Props) => {
  const { lang, slug } = await params
  const page = Number((await searchParams).halaman ?? 1)
  if (!isLang(lang) || !Number.isInteger(page) || page < 1) notFound()
  const category = await getCategory(slug)
  if (!category) notFound()
  const result = await listContent({ types: ['news', 'activity', 'announcement', 'article'], category: category.id, page })
  return (
    <>
      <p className="text-sm text-muted">{texts(lang).category}</p>
      <h1 className="mb-2 text-3xl font-bold">{category.name}</h1>
      {category.description && <p className="mb-6 max-w-2xl text-muted">{category.description}</p>}
      {result.docs.length ? <ContentGrid lang={lang} items={result.docs} /> : <p className="text-muted">{texts(lang).nothingYet}</p>}
      <Pagination lang={lang} page={page} pages={result.totalPages} hrefFor={(n) => localePath(lang, `/kategori/${slug}${n > 1 ? `?halaman=${n}` : ''}`)} />
    </>
  )
}

export default CategoryPage
