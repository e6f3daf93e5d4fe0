import type { Payload, TypedUser } from 'payload'

import { can } from '@/access'
import type { HomeBlock } from '@/site/member/home-blocks'

import { formatDate } from '@/site/i18n'

export const NOTIFICATIONS_PATH = '/anggota/notifikasi'

/** The member's notifications, newest first, read with their own access. */
export const notificationsOf = (payload: Payload, user: TypedUser, limit: number) =>
  payload.find({ collection: 'notifications', where: { recipient: { equals: user.id } }, sort: '-createdAt', limit, depth: 0, user, overrideAccess: false })

export const unreadCount = async (payload: Payload, user: TypedUser) =>
  (await payload.count({ collection: 'notifications', where: { and: [{ recipient: { equals: user.id } }, { readAt: { exists: false } }] }, user, overrideAccess: false })).totalDocs

export const markRead = { id: 'Tandai sudah dibaca', en: 'Mark as read' }
export const markAllRead = { id: 'Tandai semua sudah dibaca', en: 'Mark all as read' }

/** On the member home: the five latest unread notifications, each to mark read, and all at once. */
export const notificationsBlock: HomeBlock = {
  key: 'notifikasi',
  // Broadcasts reach active members; the same members see the menu entry.
  load: async (payload, user) => {
    if (!can(user, 'membercard.view_self')) return null
    const [unread, count] = await Promise.all([
      payload.find({ collection: 'notifications', where: { and: [{ recipient: { equals: user.id } }, { readAt: { exists: false } }] }, sort: '-createdAt', limit: 5, depth: 0, user, overrideAccess: false }),
      unreadCount(payload, user),
    ])
    return {
      title: { id: `Notifikasi (${count} belum dibaca)`, en: `Notifications (${count} unread)` },
      empty: { id: 'Tidak ada notifikasi baru.', en: 'No new notifications.' },
      items: unread.docs.map((doc) => ({
        key: String(doc.id),
        title: doc.title,
        body: doc.body,
        meta: formatDate('id', doc.createdAt),
        highlight: true,
        action: { label: markRead, post: `/notifications/${doc.id}/read` },
      })),
      actions: count > 0 ? [{ label: markAllRead, post: '/notifications/read-all' }] : [],
      link: { href: NOTIFICATIONS_PATH, label: { id: 'Semua notifikasi →', en: 'All notifications →' } },
    }
  },
}
