import Link from 'next/link'

import { publicPath } from '@/lib/routes'

import type { Content } from '../../../payload-types'
import { formatDate, localePath, type Lang } from '../i18n'

import { MediaImage } from './MediaImage'

type Card = Pick<Content, 'title' | 'slug' | 'type' | 'excerpt' | 'coverImage' | 'category' | 'publishedAt'>

export const ContentCard = ({ lang, item }: { lang: Lang; item: Card }) => {
  const href = localePath(lang, publicPath('content', item) ?? '/')
  const category = typeof item.category === 'object' && item.category ? item.category.name : null
  return (
    <article className="flex flex-col overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-black/5">
      <MediaImage media={item.coverImage} size="card" className="aspect-[3/2] w-full object-cover" />
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="text-sm text-muted">
          {category && <span className="font-semibold text-brand-dark">{category} · </span>}
          <time dateTime={item.publishedAt ?? undefined}>{formatDate(lang, item.publishedAt)}</time>
        </p>
        <h3 className="text-lg font-bold leading-snug">
          <Link href={href} className="text-ink">
            {item.title}
          </Link>
        </h3>
        {item.excerpt && <p className="text-muted">{item.excerpt}</p>}
      </div>
    </article>
  )
}

export const ContentGrid = ({ lang, items }: { lang: Lang; items: Card[] }) => (
  <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
    {items.map((item) => (
      <ContentCard key={item.slug} lang={lang} item={item} />
    ))}
  </div>
)
