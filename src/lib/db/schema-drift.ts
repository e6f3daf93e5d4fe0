import fs from 'node:fs'
import path from 'node:path'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Migration, Payload } from 'payload'

type DrizzleKit = ReturnType<PostgresAdapter['requireDrizzleKit']>
type Snapshot = Awaited<ReturnType<DrizzleKit['generateDrizzleJson']>>

/** What drizzle-kit's pushSchema really returns: Payload's type leaves the statements out. */
type PushPlan = { statementsToExecute: string[] }

export type SchemaDrift = {
  /** SQL that would bring a database built from the committed migrations up to the config. */
  database: string[]
  /** SQL `migrate:create` would write: the config against the latest committed snapshot (migrations/*.json). */
  snapshot: string[]
}

const adapterOf = (payload: Payload) => payload.db as unknown as PostgresAdapter

/** The same list production boot applies (payload.config.ts `prodMigrations`). */
const applyCommittedMigrations = async (payload: Payload) => {
  const { prodMigrations } = adapterOf(payload)
  await payload.db.migrate({ migrations: prodMigrations as Migration[] })
}

const SET_DEFAULT = /^ALTER TABLE "([^"]+)" ALTER COLUMN "([^"]+)" SET DEFAULT (.+);$/

/** The column's default as drizzle-kit's introspection reads it, before its own type cast handling. */
const currentDefault = async (adapter: PostgresAdapter, table: string, column: string) => {
  const { rows } = await adapter.pool.query<{ column_default: string | null }>(
    'SELECT column_default FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND column_name = $2',
    [table, column],
  )
  return rows[0]?.column_default?.replace(/::[\w ]+$/, '')
}

/**
 * drizzle-kit 0.31 reads numeric defaults back as strings ('0' against 0), so a push always
 * "sets" the default of every Payload number field that has one. Such a statement is drift only
 * when the database's default really differs.
 */
const isRealChange = async (adapter: PostgresAdapter, statement: string) => {
  const match = SET_DEFAULT.exec(statement.trim())
  if (!match) return true
  const [, table, column, wanted] = match
  return (await currentDefault(adapter, table, column)) !== wanted
}

/**
 * When a column (table, enum) appeared while another vanished, drizzle-kit asks on the terminal
 * whether it is a rename, and waits for a key even with no terminal attached: CI would hang.
 * Either answer is drift, so each question gets its default ("create") straight away.
 */
const answeringRenamePrompts = async <T>(run: () => Promise<T>): Promise<T> => {
  const answer = (event: string | symbol) => {
    // Deferred: drizzle-kit's prompt listens before it is ready to take the answer.
    if (event === 'keypress') setImmediate(() => process.stdin.emit('keypress', '\r', { name: 'return' }))
  }
  process.stdin.on('newListener', answer)
  try {
    return await run()
  } finally {
    process.stdin.off('newListener', answer)
  }
}

/** Asks Drizzle what a dev push would run, with the arguments Payload's pushDevSchema uses, without applying it. */
const pendingDatabaseStatements = async (adapter: PostgresAdapter) => {
  const { pushSchema } = adapter.requireDrizzleKit()
  const plan = await answeringRenamePrompts(() =>
    pushSchema(
      adapter.schema,
      adapter.drizzle,
      adapter.schemaName ? [adapter.schemaName] : undefined,
      adapter.tablesFilter,
      adapter.extensions.postgis ? ['postgis'] : undefined,
    ),
  )
  const statements = (plan as unknown as PushPlan).statementsToExecute
  const real = await Promise.all(statements.map((statement) => isRealChange(adapter, statement)))
  return statements.filter((_, index) => real[index])
}

/** The snapshot migrate:create would diff against: the newest migrations/*.json, upgraded like Payload does. */
const latestCommittedSnapshot = (adapter: PostgresAdapter, kit: DrizzleKit): Snapshot => {
  const dir = adapter.migrationDir
  const latest = fs.existsSync(dir) ? fs.readdirSync(dir).filter((file) => file.endsWith('.json')).sort().at(-1) : undefined
  if (!latest) return adapter.defaultDrizzleSnapshot as Snapshot
  const snapshot = JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8')) as Snapshot
  return kit.upSnapshot ? kit.upSnapshot(snapshot) : snapshot
}

/**
 * What migrate:create would generate now. Catches a change whose SQL was written by hand without
 * its snapshot, which the database check alone would let through.
 */
const unsnapshottedStatements = async (adapter: PostgresAdapter) => {
  const kit = adapter.requireDrizzleKit()
  const current = await kit.generateDrizzleJson(adapter.schema)
  return answeringRenamePrompts(() => kit.generateMigration(latestCommittedSnapshot(adapter, kit), current))
}

/**
 * Compares the config with the committed migrations, both as applied SQL and as the latest
 * snapshot. `payload` must be connected to an empty, throw-away database: the migrations are
 * applied to it, nothing else is.
 */
export const findSchemaDrift = async (payload: Payload): Promise<SchemaDrift> => {
  await applyCommittedMigrations(payload)
  const adapter = adapterOf(payload)
  return {
    database: await pendingDatabaseStatements(adapter),
    snapshot: await unsnapshottedStatements(adapter),
  }
}

export const hasDrift = (drift: SchemaDrift) => drift.database.length > 0 || drift.snapshot.length > 0

/** A report for a person reading CI output: what differs, and how to fix it. */
export const describeDrift = (drift: SchemaDrift): string => {
  if (!hasDrift(drift)) return 'schema matches migrations'
  const section = (title: string, statements: string[]) =>
    statements.length ? [`${title}:`, ...statements.map((statement) => `  ${statement.trim()}`), ''] : []
  return [
    'Schema drift: payload.config.ts and the committed migrations disagree.',
    '',
    ...section('The database the migrations build still needs', drift.database),
    ...section('The latest migration snapshot (migrations/*.json) is missing', drift.snapshot),
    'Run `npm run payload:cli -- migrate:create <name>` and commit the generated migration.',
  ].join('\n')
}
