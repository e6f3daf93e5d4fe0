import Link from 'next/link'
import { notFound } from 'next/navigation'

import { can, idOfRelation } from '@/access'
import { Pagination } from '@/site/components/Pagination'
import { inputClass, labelClass } from '@/site/forms/styles'
import { formatDate, localePath } from '@/site/i18n'
import { requirePermission } from '@/site/member/auth'
import type { PluginPageArgs } from '@/site/plugin-page'

import { reportReasons } from '../collections/ForumReports'
import { categoryLabel } from '../threads/categories'
import { CategoryOptions } from './CategoryOptions'
import { JsonForm } from './JsonForm'
import { pageNumber } from './pages'
import { FORUM_PATH, threadPath } from './paths'
import { texts } from './text'

const PER_PAGE = 20

const inline = 'inline-flex items-center gap-2'

/**
 * `/anggota/forum/<id>`: the thread's posts (paginated), a reply form unless it is locked, a
 * report button on others' posts, and the moderators' actions. Everything is read with the
 * member's own access: a thread they may not see is a 404, hidden posts show to moderators only.
 */
export const ThreadView = async ({ lang, params, searchParams }: PluginPageArgs) => {
  const id = Number(params.thread)
  const path = threadPath(params.thread)
  const { payload, user } = await requirePermission(lang, path, 'forum.view')
  if (!Number.isSafeInteger(id) || id <= 0) notFound()
  const as = { user, overrideAccess: false, depth: 0 } as const
  const thread = await payload.findByID({ collection: 'forum-threads', id, disableErrors: true, ...as })
  if (!thread) notFound()
  const page = pageNumber(searchParams.halaman)
  const posts = await payload.find({ collection: 'forum-posts', where: { thread: { equals: id } }, sort: 'createdAt', limit: PER_PAGE, page, ...as })
  const moderator = can(user, 'forum.moderate')
  const poster = can(user, 'forum.post')
  const threadAction = (action: string, label: string) => (
    <JsonForm key={action} lang={lang} action={`/api/forum-threads/${id}/${action}`} submitLabel={label} className={inline} />
  )

  return (
    <article className="space-y-6">
      <p>
        <Link href={localePath(lang, FORUM_PATH)}>{texts(lang).backToForum}</Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">{thread.title}</h1>
        <p className="text-sm text-muted">
          {categoryLabel(thread.category)[lang]} · {texts(lang).by} {thread.authorName}
          {thread.regionOnly && ` · ${texts(lang).regionOnly}`}
          {thread.hidden && ` · ${texts(lang).hidden}`}
        </p>
      </header>

      {moderator && (
        <section aria-label={texts(lang).moderation} className="flex flex-wrap items-center gap-3 rounded-lg border border-muted/40 p-3" data-testid="forum-moderation">
          <h2 className="font-semibold">{texts(lang).moderation}</h2>
          {thread.locked ? threadAction('unlock', texts(lang).unlock) : threadAction('lock', texts(lang).lock)}
          {thread.pinned ? threadAction('unpin', texts(lang).unpin) : threadAction('pin', texts(lang).pin)}
          {thread.hidden ? threadAction('restore', texts(lang).restore) : threadAction('hide', texts(lang).hide)}
          <JsonForm lang={lang} action={`/api/forum-threads/${id}/move`} submitLabel={texts(lang).move} className={inline}>
            <label className={inline}>
              <span className="sr-only">{texts(lang).category}</span>
              <select name="category" defaultValue={thread.category} className="rounded border px-2 py-1">
                <CategoryOptions lang={lang} />
              </select>
            </label>
          </JsonForm>
        </section>
      )}

      <ol className="space-y-4" data-testid="forum-posts">
        {posts.docs.map((post) => {
          const own = String(idOfRelation(post.author)) === String(user.id)
          return (
            <li key={post.id} id={`tulisan-${post.id}`} className={`space-y-2 rounded-lg bg-white p-4 shadow ${post.hidden ? 'opacity-70' : ''}`}>
              <p className="text-sm text-muted">
                <strong className="text-ink">{post.authorName}</strong> · {formatDate(lang, post.createdAt)}
                {post.editedAt && ` · ${texts(lang).edited} ${formatDate(lang, post.editedAt)}`}
                {post.hidden && ` · ${post.hiddenBy === 'reports' ? texts(lang).hiddenByReports : texts(lang).hiddenByModerator}`}
              </p>
              {/* Plain text, escaped by React; line breaks kept. */}
              <div className="whitespace-pre-line break-words">{post.body}</div>
              {(post.editHistory ?? []).length > 0 && (
                <details className="text-sm">
                  <summary>{texts(lang).history}</summary>
                  <ol className="mt-2 space-y-2">
                    {(post.editHistory ?? []).map((entry) => (
                      <li key={entry.id} className="border-l-2 pl-2">
                        <p className="text-muted">{formatDate(lang, entry.editedAt)}</p>
                        <div className="whitespace-pre-line">{entry.body}</div>
                      </li>
                    ))}
                  </ol>
                </details>
              )}
              <div className="flex flex-wrap gap-3">
                {poster && !own && !post.hidden && (
                  <JsonForm lang={lang} action="/api/forum-reports" extra={{ post: post.id, reporter: user.id }} submitLabel={texts(lang).report} className={inline}>
                    <label className={inline}>
                      <span className="sr-only">{texts(lang).reportReason}</span>
                      <select name="reason" className="rounded border px-2 py-1 text-sm">
                        {reportReasons.map((reason) => (
                          <option key={reason.value} value={reason.value}>
                            {reason.label[lang]}
                          </option>
                        ))}
                      </select>
                    </label>
                  </JsonForm>
                )}
                {moderator && (
                  <JsonForm
                    lang={lang}
                    action={`/api/forum-posts/${post.id}/${post.hidden ? 'restore' : 'hide'}`}
                    submitLabel={post.hidden ? texts(lang).restore : texts(lang).hide}
                    className={inline}
                  />
                )}
              </div>
            </li>
          )
        })}
      </ol>
      <Pagination lang={lang} page={posts.page ?? 1} pages={posts.totalPages} hrefFor={(halaman) => `${localePath(lang, path)}${halaman > 1 ? `?halaman=${halaman}` : ''}`} />

      {thread.locked ? (
        <p role="status" className="rounded border border-muted/50 bg-white p-3" data-testid="forum-locked">
          {texts(lang).lockedNotice}
        </p>
      ) : (
        poster && (
          <JsonForm lang={lang} action="/api/forum-posts" extra={{ thread: id, author: user.id }} submitLabel={texts(lang).reply} className="space-y-3 rounded-lg bg-white p-4 shadow">
            <label className={labelClass}>
              {texts(lang).replyLabel}
              <textarea name="body" required rows={5} maxLength={10000} className={inputClass} />
            </label>
          </JsonForm>
        )
      )}
    </article>
  )
}
