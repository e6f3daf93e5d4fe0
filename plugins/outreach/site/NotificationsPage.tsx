import { defineTexts } from '@/lib/i18n'
import { formatDate, type Lang } from '@/site/i18n'
import { requireUser } from '@/site/member/auth'
import { PostButton } from '@/site/member/PostButton'

import { markAllRead, markRead, NOTIFICATIONS_PATH, notificationsOf } from './notifications'

const texts = defineTexts({
  notifications: { id: 'Notifikasi', en: 'Notifications' },
  none: { id: 'Belum ada notifikasi.', en: 'No notifications yet.' },
  unread: { id: 'belum dibaca', en: 'unread' },
})

/** `/anggota/notifikasi`: the member's notifications (the latest 100), unread ones marked, each to mark read, and all. */
export const NotificationsPage = async ({ lang }: { lang: Lang }) => {
  const { payload, user } = await requireUser(lang, NOTIFICATIONS_PATH)
  const { docs } = await notificationsOf(payload, user, 100)
  const unread = docs.filter((doc) => !doc.readAt).length
  const text = texts(lang)
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-3xl font-bold">{text.notifications}</h1>
        {unread > 0 && <PostButton post="/notifications/read-all" label={markAllRead[lang]} lang={lang} />}
      </div>
      {docs.length === 0 && <p>{text.none}</p>}
      <ul className="space-y-3">
        {docs.map((doc) => (
          <li key={doc.id} className={`rounded-lg bg-white p-4 shadow ${doc.readAt ? '' : 'border-l-4 border-brand'}`} data-testid="notification" data-read={doc.readAt ? 'yes' : 'no'}>
            <h2 className="font-semibold">
              {doc.title}
              {!doc.readAt && <span className="ml-2 text-sm font-normal text-brand-dark">({text.unread})</span>}
            </h2>
            <p className="whitespace-pre-line">{doc.body}</p>
            <p className="text-sm text-muted">{formatDate(lang, doc.createdAt)}</p>
            {!doc.readAt && <PostButton post={`/notifications/${doc.id}/read`} label={markRead[lang]} lang={lang} />}
          </li>
        ))}
      </ul>
    </section>
  )
}
