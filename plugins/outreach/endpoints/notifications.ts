import { sql } from '@payloadcms/db-postgres'
import type { Endpoint, PayloadRequest } from 'payload'

import { guardedEndpoint } from '@/access'
import { drizzleFor } from '@/lib/db/session'
import { pick, userError } from '@/lib/messages'
import { idParam } from '@/plugin-kit'

/** `POST /api/notifications/:id/read`: the signed-in member's own notification (else 404). */
const readOne = guardedEndpoint({
  path: '/:id/read',
  method: 'post',
  access: (req) => Boolean(req.user),
  handler: async (req: PayloadRequest) => {
    const id = idParam(req)
    const own = Number.isSafeInteger(id) && id > 0
      ? await req.payload.findByID({ collection: 'notifications', id, req, user: req.user, overrideAccess: false, depth: 0, disableErrors: true }).catch(() => null)
      : null
    if (!own) throw userError(req, 404, { id: 'Notifikasi tidak ditemukan.', en: 'Notification not found.' })
    const db = await drizzleFor(req)
    await db.execute(sql`UPDATE notifications SET read_at = now(), updated_at = now() WHERE id = ${id} AND recipient_id = ${req.user!.id} AND read_at IS NULL`)
    return Response.json({ message: pick(req, { id: 'Ditandai sudah dibaca.', en: 'Marked as read.' }) })
  },
})

/** `POST /api/notifications/read-all`: every unread notification of the signed-in member. */
const readAll = guardedEndpoint({
  path: '/read-all',
  method: 'post',
  access: (req) => Boolean(req.user),
  handler: async (req: PayloadRequest) => {
    const db = await drizzleFor(req)
    const result = await db.execute(sql`UPDATE notifications SET read_at = now(), updated_at = now() WHERE recipient_id = ${req.user!.id} AND read_at IS NULL`)
    return Response.json({ message: pick(req, { id: 'Semua ditandai sudah dibaca.', en: 'All marked as read.' }), marked: result.rowCount ?? 0 })
  },
})

export const notificationEndpoints: Endpoint[] = [readOne, readAll]
