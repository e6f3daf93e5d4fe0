import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from '@/lib/db/session'
import { composeEmail } from '@/lib/mail'

import type { EmailBatch } from './fanout'

/** A broadcast's email, the same for every recipient (the bench's floor sends it too). */
export const broadcastMail = (req: Pick<PayloadRequest, 'payload'>, broadcast: { title: string; body: string }) =>
  composeEmail(req, {
    subject: { id: broadcast.title, en: broadcast.title },
    paragraphs: [{ id: broadcast.body, en: broadcast.body }],
    actions: [{ label: { id: 'Buka notifikasi', en: 'Open notifications' }, href: '/anggota/notifikasi' }],
  })

/**
 * Sends one batch's emails, those not sent yet (a retry skips what an earlier attempt delivered),
 * and records each delivery and the broadcast's progress. Outside any transaction on purpose:
 * what was delivered stays recorded when the batch then fails and is retried for the rest.
 */
export const sendBatch = async (req: PayloadRequest, { broadcast, fromRecipient, toRecipient }: EmailBatch) => {
  const db = await drizzleFor(req)
  const { rows: found } = await db.execute<{ title: string; body: string }>(sql`SELECT title, body FROM broadcasts WHERE id = ${broadcast}`)
  if (!found[0]) return { sent: 0, failed: 0 }
  const mail = broadcastMail(req, found[0])
  const { rows: pending } = await db.execute<{ id: number; email: string }>(sql`
    SELECT n.id, u.email FROM notifications n JOIN users u ON u.id = n.recipient_id
    WHERE n.broadcast_id = ${broadcast} AND n.recipient_id BETWEEN ${fromRecipient} AND ${toRecipient} AND n.email_sent_at IS NULL
    ORDER BY n.recipient_id`)
  // All handed over at once: the transport's connection pool (src/lib/email.ts) decides how many are in flight.
  const results = await Promise.allSettled(pending.map((row) => req.payload.sendEmail({ to: row.email, ...mail })))
  const delivered = pending.filter((_, index) => results[index].status === 'fulfilled').map((row) => row.id)
  const failed = pending.length - delivered.length
  if (delivered.length > 0) {
    await db.execute(sql`UPDATE notifications SET email_sent_at = now() WHERE id IN (${sql.join(delivered.map((id) => sql`${id}`), sql`, `)})`)
    await db.execute(sql`
      UPDATE broadcasts SET email_sent = email_sent + ${delivered.length},
        status = CASE WHEN email_sent + ${delivered.length} >= email_queued THEN 'sent'::enum_broadcasts_status ELSE status END,
        completed_at = CASE WHEN email_sent + ${delivered.length} >= email_queued THEN now() ELSE completed_at END,
        updated_at = now()
      WHERE id = ${broadcast}`)
  }
  return { sent: delivered.length, failed }
}
