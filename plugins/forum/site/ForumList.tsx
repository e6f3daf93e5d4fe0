import Link from 'next/link'
import type { Where } from 'payload'

import { can } from '@/access'
import { Pagination } from '@/site/components/Pagination'
import { formatDate, localePath } from '@/site/i18n'
import { requirePermission } from '@/site/member/auth'
import { one, type PluginPageArgs } from '@/site/plugin-page'

import { categoryLabel, forumCategories, isForumCategory } from '../threads/categories'
import { pageNumber } from './pages'
import { FORUM_PATH, NEW_THREAD_PATH, threadPath } from './paths'

import { texts } from './text'

const PER_PAGE = 20

/** `/anggota/forum[?kategori=…&halaman=…]`: the threads the member may see, pinned first, then by last activity. */
export const ForumList = async ({ lang, searchParams }: PluginPageArgs) => {
  const { payload, user } = await requirePermission(lang, FORUM_PATH, 'forum.view')
  const category = one(searchParams.kategori)
  const page = pageNumber(searchParams.halaman)
  const where: Where = isForumCategory(category) ? { category: { equals: category } } : {}
  const threads = await payload.find({ collection: 'forum-threads', where, sort: ['-pinned', '-lastPostAt'], limit: PER_PAGE, page, depth: 0, user, overrideAccess: false })
  const listHref = (next: { kategori?: string; halaman?: number }) => {
    const query = new URLSearchParams()
    if (next.kategori) query.set('kategori', next.kategori)
    if (next.halaman && next.halaman > 1) query.set('halaman', String(next.halaman))
    const suffix = query.toString()
    return localePath(lang, FORUM_PATH) + (suffix ? `?${suffix}` : '')
  }

  return (
    <section className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-2">
          <h1 className="text-3xl font-bold">{texts(lang).forumTitle}</h1>
          <p className="text-muted">{texts(lang).forumIntro}</p>
        </div>
        {can(user, 'forum.post') && (
          <Link href={localePath(lang, NEW_THREAD_PATH)} className="rounded bg-brand-dark px-4 py-2 font-semibold text-white">
            {texts(lang).newThread}
          </Link>
        )}
      </header>
      <nav aria-label={texts(lang).category}>
        <ul className="flex flex-wrap gap-2">
          {[{ value: undefined, label: texts(lang).allCategories }, ...forumCategories.map((entry) => ({ value: entry.value, label: entry.label[lang] }))].map((entry) => (
            <li key={entry.value ?? 'all'}>
              <Link href={listHref({ kategori: entry.value })} aria-current={entry.value === (isForumCategory(category) ? category : undefined) ? 'page' : undefined} className="rounded-full border px-3 py-1 aria-[current=page]:bg-brand-dark aria-[current=page]:text-white">
                {entry.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {threads.docs.length === 0 ? (
        <p>{texts(lang).noThreads}</p>
      ) : (
        <ul className="space-y-3" data-testid="forum-threads">
          {threads.docs.map((thread) => (
            <li key={thread.id} className="rounded-lg bg-white p-4 shadow">
              <h2 className="text-lg font-semibold">
                <Link href={localePath(lang, threadPath(thread.id))}>{thread.title}</Link>
              </h2>
              <p className="text-sm text-muted">
                {categoryLabel(thread.category)[lang]} · {texts(lang).by} {thread.authorName} · {thread.postCount ?? 0} {texts(lang).posts} · {texts(lang).lastPost}{' '}
                {formatDate(lang, thread.lastPostAt)}
                {thread.pinned && ` · ${texts(lang).pinned}`}
                {thread.locked && ` · ${texts(lang).locked}`}
                {thread.regionOnly && ` · ${texts(lang).regionOnly}`}
                {thread.hidden && ` · ${texts(lang).hidden}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination lang={lang} page={threads.page ?? 1} pages={threads.totalPages} hrefFor={(halaman) => listHref({ kategori: isForumCategory(category) ? category : undefined, halaman })} />
    </section>
  )
}
