import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { routeMetadata } from '@/lib/site-seo'

import { ContentGrid } from '../components/ContentCard'
import { Pagination } from '../components/Pagination'
import { contentLists, getSite, listContent, type ContentList } from '../data'
import { isLang, localePath, texts, type Lang, type MessageKey } from '../i18n'

const titles: Record<ContentList, MessageKey> = { berita: 'news', kegiatan: 'activities', pengumuman: 'announcements' }

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ halaman?: string }> }

const pageNumber = (value: string | undefined) => {
  const page = Number(value ?? 1)
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : null
}

/** `/berita`, `/kegiatan`, `/pengumuman`: the latest items of the list's types, paged. */
export const contentListView = (list: ContentList) => {
  const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
    const { lang } = await params
    return isLang(lang) ? routeMetadata({ path: `/${list}`, title: texts(lang)[titles[list]] }, await getSite(), lang) : {}
  }

  const Page = async ({ params, searchParams }: Props) => {
    const { lang } = await params
    const page = pageNumber((await searchParams).halaman)
    if (!isLang(lang) || page === null) notFound()
    const result = await listContent({ types: contentLists[list], page })
    if (page > 1 && page > result.totalPages) notFound()
    return <ListBody lang={lang} list={list} result={result} page={page} />
  }
  return { Page, generateMetadata }
}

const ListBody = ({ lang, list, result, page }: { lang: Lang; list: ContentList; result: Awaited<ReturnType<typeof listContent>>; page: number }) => (
  <>
    <h1 className="mb-6 text-3xl font-bold">{texts(lang)[titles[list]]}</h1>
    {result.docs.length ? <ContentGrid lang={lang} items={result.docs} /> : <p className="text-muted">{texts(lang).nothingYet}</p>}
    <Pagination lang={lang} page={page} pages={result.totalPages} hrefFor={(n) => localePath(lang, n === 1 ? `/${list}` : `/${list}?halaman=${n}`)} />
  </>
)
