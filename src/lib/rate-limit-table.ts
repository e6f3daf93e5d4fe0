import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

type BeforeSchemaInit = NonNullable<PostgresAdapterArgs['beforeSchemaInit']>[number]

/** The rate limiter's counters: a plain table, declared to Drizzle so migrations carry it. */
export const rateLimitTable: BeforeSchemaInit = ({ adapter, schema }) => {
  adapter.rawTables.rate_limit_hits = {
    name: 'rate_limit_hits',
    columns: {
      id: { name: 'id', type: 'serial', primaryKey: true },
      bucket: { name: 'bucket', type: 'varchar', notNull: true },
      key: { name: 'key', type: 'varchar', notNull: true },
      hitAt: {
        name: 'hit_at',
        type: 'timestamp',
        mode: 'string',
        precision: 3,
        withTimezone: true,
        defaultNow: true,
        notNull: true,
      },
    },
    indexes: {
      lookup: { name: 'rate_limit_hits_lookup_idx', on: ['bucket', 'key', 'hitAt'] },
    },
  }
  return schema
}
