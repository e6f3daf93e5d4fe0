import { sql } from '@payloadcms/db-postgres'
import type { TaskConfig } from 'payload'

import { drizzleFor } from '../lib/db/session'

/** Counters whose window closed more than a day ago count for no limit; keep the table small. */
export const purgeRateLimits: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: 'purgeRateLimits',
  label: 'Hapus hitungan batas laju kedaluwarsa',
  schedule: [{ cron: '0 17 * * * *', queue: 'maintenance' }],
  retries: 2,
  handler: async ({ req }) => {
    const db = await drizzleFor(req)
    const { rowCount } = await db.execute(sql`DELETE FROM rate_limits WHERE window_start < now() - interval '1 day'`)
    return { output: { deleted: rowCount ?? 0 } }
  },
}
