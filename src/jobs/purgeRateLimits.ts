import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { TaskConfig } from 'payload'

/** Hits older than a day no longer count for any limit; keep the table small. */
export const purgeRateLimits: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: 'purgeRateLimits',
  label: 'Hapus hitungan batas laju kedaluwarsa',
  schedule: [{ cron: '0 17 * * * *', queue: 'maintenance' }],
  retries: 2,
  handler: async ({ req }) => {
    const { rowCount } = await (req.payload.db as unknown as PostgresAdapter).pool.query(
      "DELETE FROM rate_limit_hits WHERE hit_at < now() - interval '1 day'",
    )
    return { output: { deleted: rowCount ?? 0 } }
  },
}
