import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { customType, index } from '@payloadcms/db-postgres/drizzle/pg-core'

type AfterSchemaInit = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/** Names the migration's SQL (function, trigger) and the search queries share. */
export const SEARCH_COLUMN = 'search_vector'
export const SEARCH_INDEX = 'content_search_vector_idx'

/**
 * `content.search_vector` and its GIN index, declared to Drizzle so the migrations and the
 * schema-drift check know them. The database fills the column (trigger `content_search_vector`,
 * created by the search migration); Payload never writes it.
 */
export const searchColumn: AfterSchemaInit = ({ extendTable, schema }) => {
  extendTable({
    table: schema.tables.content,
    columns: { searchVector: tsvector(SEARCH_COLUMN) },
    extraConfig: (table) => ({ searchVectorIdx: index(SEARCH_INDEX).using('gin', table.searchVector) }),
  })
  return schema
}
