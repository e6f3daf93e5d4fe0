import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import type { Config } from 'payload'

export type BeforeSchemaInit = NonNullable<PostgresAdapterArgs['beforeSchemaInit']>[number]

type WithSchemaHooks = { beforeSchemaInit: BeforeSchemaInit[] }

/**
 * For a plugin's config transformer: declares its own plain tables (counters, queues) to Drizzle,
 * as payload.config.ts does with `beforeSchemaInit`, so migrations carry them. The adapter is
 * already built when plugins run; the hook joins it when Payload initialises the adapter.
 */
export const addBeforeSchemaInit = (config: Config, hook: BeforeSchemaInit): Config => {
  const db = config.db
  return {
    ...config,
    db: {
      ...db,
      init: (args) => {
        const adapter = db.init(args) as ReturnType<typeof db.init> & WithSchemaHooks
        adapter.beforeSchemaInit = [...(adapter.beforeSchemaInit ?? []), hook]
        return adapter
      },
    },
  }
}
