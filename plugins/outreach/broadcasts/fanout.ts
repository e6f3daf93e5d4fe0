import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from '@/lib/db/session'
import { withTransaction } from '@/lib/transaction'

/** Messages per email job: a batch is sent, recorded and retried as one. */
export const EMAIL_BATCH = 100

/**
 * The recipients of a broadcast: every active member (membership active, not deleted, account
 * active), of its region when it has one. One statement, used by the fan-out and the bench floor.
 */
export const recipientNotificationsSql = (broadcastId: number) => sql`
  INSERT INTO notifications (recipient_id, broadcast_id, title, body, created_at, updated_at)
  SELECT u.id, b.id, b.title, b.body, now(), now()
  FROM broadcasts b
  JOIN members m ON m.membership_status = 'active' AND m.deleted_at IS NULL AND (b.audience = 'all' OR m.region_id = b.region_id)
  JOIN users u ON u.id = m.user_id AND u.account_status = 'active'
  WHERE b.id = ${broadcastId}
  ON CONFLICT (broadcast_id, recipient_id) DO NOTHING`

export type EmailBatch = { broadcast: number; fromRecipient: number; toRecipient: number }

/**
 * The broadcast's fan-out, as ONE transaction: its notifications written set-based (a retry adds
 * nobody twice: the unique (broadcast, recipient) index), its email batches queued as jobs of
 * `EMAIL_BATCH` recipients each (ranges of recipient ids), and its counts and status recorded.
 */
export const fanOut = async (req: PayloadRequest, broadcastId: number, queueBatch: (batch: EmailBatch) => Promise<void>) =>
  withTransaction(req, async () => {
    const db = await drizzleFor(req)
    const { rows: found } = await db.execute<{ send_email: boolean | null; status: string }>(sql`SELECT send_email, status FROM broadcasts WHERE id = ${broadcastId} FOR UPDATE`)
    if (!found[0] || found[0].status !== 'queued') return { recipients: 0, batches: 0 }
    await db.execute(recipientNotificationsSql(broadcastId))
    const { rows: batches } = await db.execute<{ from_recipient: number; to_recipient: number; size: number }>(sql`
      SELECT min(recipient_id) AS from_recipient, max(recipient_id) AS to_recipient, count(*)::int AS size
      FROM (SELECT recipient_id, (row_number() OVER (ORDER BY recipient_id) - 1) / ${EMAIL_BATCH} AS batch FROM notifications WHERE broadcast_id = ${broadcastId}) numbered
      GROUP BY batch ORDER BY batch`)
    const recipients = batches.reduce((sum, batch) => sum + Number(batch.size), 0)
    const emails = found[0].send_email ? recipients : 0
    if (emails > 0) {
      for (const batch of batches) await queueBatch({ broadcast: broadcastId, fromRecipient: Number(batch.from_recipient), toRecipient: Number(batch.to_recipient) })
    }
    await db.execute(sql`
      UPDATE broadcasts SET recipient_count = ${recipients}, email_queued = ${emails},
        status = ${emails > 0 ? 'sending' : 'sent'}, completed_at = ${emails > 0 ? null : new Date().toISOString()}, updated_at = now()
      WHERE id = ${broadcastId}`)
    return { recipients, batches: emails > 0 ? batches.length : 0 }
  })
