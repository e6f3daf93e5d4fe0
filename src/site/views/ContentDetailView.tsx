import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { lexicalText, summarise } from '@/lib/seo'

import type { Content } from '../../../payload-types'
import { ContentGrid } from '../components/ContentCard'
import { MediaImage } from '../components/MediaImage'
import { RichText } from '../components/RichText'
import { YouTube } from '../components/YouTube'
import { contentLists, getContent, relatedContent, type ContentList } from '../data'
import { formatDate, isLang, localePath, texts, type Lang } from '../i18n'

type Props = { params: Promise<{ lang: string; slug: string }> }

/** Reading time at 200 words a minute, never less than one. */
const minutesToRead = (item: Content) => Math.max(1, Math.round(`${item.excerpt ?? ''} ${lexicalText(item.body?.root as never)}`.split(/\s+/).filter(Boolean).length / 200))

/** Is the item of a type this list shows? */
export const belongsTo = (list: ContentList, item: Content) => (contentLists[list] as readonly string[]).includes(item.type)

/** The item of this list with that slug, as a visitor may read it; null otherwise. */
const itemFor = async (list: ContentList, slug: string) => {
  const item = await getContent(slug)
  return item && belongsTo(list, item) ? item : null
}

/** The page's metadata for an item of a list; members-only items stay out of search engines. */
export const contentMetadata = (lang: Lang, list: ContentList, item: Content): Metadata => ({
  title: item.meta?.title || item.title,
  description: item.meta?.description || summarise(item.excerpt || lexicalText(item.body?.root as never)),
  alternates: { canonical: localePath(lang, `/${list}/${item.slug}`) },
  openGraph: { type: 'article', title: item.title, publishedTime: item.publishedAt ?? undefined },
  ...(item.visibility === 'members' ? { robots: { index: false } } : {}),
})

/** One item: its cover, body, video, category and related items. Shared by the static and the members' page. */
export const ContentArticle = async ({ lang, item }: { lang: Lang; item: Content }) => {
  const category = typeof item.category === 'object' ? item.category : null
  const related = await relatedContent(item.id, category?.id ?? null)
  return (
    <article>
      <header className="mx-auto max-w-3xl">
        <p className="text-sm text-muted">
          {item.visibility === 'members' && (
            <>
              <span className="font-semibold text-brand-dark">{texts(lang).membersOnly}</span>
              {' · '}
            </>
          )}
          {category && (
            <>
              <Link href={localePath(lang, `/kategori/${category.slug}`)} className="font-semibold">
                {category.name}
              </Link>
              {' · '}
            </>
          )}
          <time dateTime={item.publishedAt ?? undefined}>{formatDate(lang, item.publishedAt)}</time>
          {' · '}
          {minutesToRead(item)} {texts(lang).minutesRead}
        </p>
        <h1 className="mt-2 text-3xl font-bold leading-tight md:text-4xl">{item.title}</h1>
        {item.excerpt && <p className="mt-3 text-xl text-muted">{item.excerpt}</p>}
      </header>
      <MediaImage media={item.coverImage} size="hero" priority className="mx-auto my-6 w-full max-w-4xl rounded-lg" />
      <div className="mx-auto max-w-3xl">
        <YouTube url={item.youtubeUrl} title={item.title} />
        <RichText data={item.body} />
        {item.tags?.length ? <p className="mt-6 text-sm text-muted">#{item.tags.join(' #')}</p> : null}
      </div>
      {related.length > 0 && (
        <aside className="mt-12">
          <h2 className="mb-4 text-2xl font-bold">{texts(lang).related}</h2>
          <ContentGrid lang={lang} items={related} />
        </aside>
      )}
    </article>
  )
}

/** `/berita/<slug>` and the like, as visitors see them (static, cached). */
export const contentDetailView = (list: ContentList) => {
  const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
    const { lang, slug } = await params
    const item = isLang(lang) ? await itemFor(list, slug) : null
    return item ? contentMetadata(lang as Lang, list, item) : {}
  }

  const Page = async ({ params }: Props) => {
    const { lang, slug } = await params
    if (!isLang(lang)) notFound()
    const item = await itemFor(list, slug)
    if (!item) notFound()
    return <ContentArticle lang={lang} item={item} />
  }
  return { Page, generateMetadata }
}
