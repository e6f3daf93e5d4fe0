import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

type BeforeSchemaInit = NonNullable<PostgresAdapterArgs['beforeSchemaInit']>[number]

/**
 * The rate limiter's counters: one row per limit and key, declared to Drizzle so migrations carry
 * it. The unique index is what makes counting atomic (src/lib/rate-limit.ts upserts on it).
 */
export const rateLimitTable: BeforeSchemaInit = ({ adapter, schema }) => {
  adapter.rawTables.rate_limits = {
    name: 'rate_limits',
    columns: {
      bucket: { name: 'bucket', type: 'varchar', notNull: true },
      key: { name: 'key', type: 'varchar', notNull: true },
      windowStart: {
        name: 'window_start',
        type: 'timestamp',
        mode: 'string',
        precision: 3,
        withTimezone: true,
        defaultNow: true,
        notNull: true,
      },
      hits: { name: 'hits', type: 'integer', notNull: true, default: 1 },
    },
    indexes: {
      counter: { name: 'rate_limits_bucket_key_idx', on: ['bucket', 'key'], unique: true },
    },
  }
  return schema
}
