import Link from 'next/link'

import { inputClass, labelClass } from '@/site/forms/styles'
import { formatDate, localePath } from '@/site/i18n'
import { requirePermission } from '@/site/member/auth'
import { one, type PluginPageArgs } from '@/site/plugin-page'

import { inboxStatuses } from '../collections/Messages'
import { JsonForm } from './JsonForm'
import { MESSAGES_PATH } from './paths'
import { texts } from './text'

const statusLabel = (value: string | null | undefined) => inboxStatuses.find((status) => status.value === value)?.label

/**
 * `/anggota/pesan[?c=<id>]`: the member's own conversations with the board, the one chosen with
 * its messages and a reply form, and a form for a new message. Read with the member's access,
 * which only ever returns their own.
 */
export const MessagesView = async ({ lang, searchParams }: PluginPageArgs) => {
  const { payload, user } = await requirePermission(lang, MESSAGES_PATH, 'message.send_to_board')
  const as = { user, overrideAccess: false, depth: 0 } as const
  const mine = { member: { equals: user.id } }
  const conversations = await payload.find({ collection: 'messages', where: { and: [mine, { conversation: { exists: false } }] }, sort: '-lastMessageAt', limit: 50, ...as })
  const chosenId = Number(one(searchParams.c))
  const chosen = conversations.docs.find((doc) => doc.id === chosenId) ??
    (Number.isSafeInteger(chosenId) && chosenId > 0 ? await payload.findByID({ collection: 'messages', id: chosenId, disableErrors: true, ...as }) : null)
  const replies = chosen ? await payload.find({ collection: 'messages', where: { conversation: { equals: chosen.id } }, sort: 'createdAt', limit: 200, ...as }) : null
  const href = (id: number) => `${localePath(lang, MESSAGES_PATH)}?c=${id}`

  return (
    <section className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{texts(lang).messagesTitle}</h1>
        <p className="text-muted">{texts(lang).messagesIntro}</p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
        <nav aria-label={texts(lang).messagesTitle}>
          {conversations.docs.length === 0 ? (
            <p>{texts(lang).noConversations}</p>
          ) : (
            <ul className="space-y-2" data-testid="conversations">
              {conversations.docs.map((doc) => (
                <li key={doc.id}>
                  <Link href={href(doc.id)} aria-current={doc.id === chosen?.id ? 'page' : undefined} className="block rounded bg-white p-3 shadow aria-[current=page]:ring-2 aria-[current=page]:ring-brand">
                    <span className="block font-semibold">{doc.subject}</span>
                    <span className="text-sm text-muted">
                      {statusLabel(doc.status)?.[lang]} · {formatDate(lang, doc.lastMessageAt)}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </nav>
        <div className="space-y-6">
          {one(searchParams.c) && !chosen && <p role="alert">{texts(lang).conversationMissing}</p>}
          {chosen && (
            <article className="space-y-3 rounded-lg bg-white p-4 shadow">
              <h2 className="text-xl font-bold">{chosen.subject}</h2>
              <p className="text-sm text-muted">
                {texts(lang).status}: {statusLabel(chosen.status)?.[lang]}
              </p>
              <ol className="space-y-3" data-testid="conversation">
                {[chosen, ...(replies?.docs ?? [])].map((message) => (
                  <li key={message.id} className={`rounded p-3 ${message.fromBoard ? 'bg-green-50' : 'bg-muted/10'}`}>
                    <p className="text-sm font-semibold">
                      {message.fromBoard ? texts(lang).board : texts(lang).you} · {formatDate(lang, message.createdAt)}
                    </p>
                    <div className="whitespace-pre-line break-words">{message.body}</div>
                  </li>
                ))}
              </ol>
              <JsonForm lang={lang} action="/api/messages" extra={{ conversation: chosen.id, member: user.id }} submitLabel={texts(lang).send}>
                <label className={labelClass}>
                  {texts(lang).reply}
                  <textarea name="body" required rows={4} maxLength={5000} className={inputClass} />
                </label>
              </JsonForm>
            </article>
          )}
          <div className="space-y-3 rounded-lg bg-white p-4 shadow">
            <h2 className="text-xl font-bold">{texts(lang).newMessage}</h2>
            <JsonForm lang={lang} action="/api/messages" extra={{ member: user.id }} submitLabel={texts(lang).send}>
              <label className={labelClass}>
                {texts(lang).subject}
                <input name="subject" required minLength={3} maxLength={200} className={inputClass} />
              </label>
              <label className={labelClass}>
                {texts(lang).message}
                <textarea name="body" required rows={5} maxLength={5000} className={inputClass} />
              </label>
            </JsonForm>
          </div>
        </div>
      </div>
    </section>
  )
}
