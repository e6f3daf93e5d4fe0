import pg from 'pg'

export type ScratchDatabase = { url: string; drop: () => Promise<void> }

const adminQuery = async (server: string, sql: string) => {
  const client = new pg.Client({ connectionString: server })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** A fresh database on an existing server (TEST_DATABASE_URL), dropped with its connections. */
export const databaseOnServer = async (server: string, name: string): Promise<ScratchDatabase> => {
  await adminQuery(server, `CREATE DATABASE ${pg.escapeIdentifier(name)}`)
  const url = new URL(server)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: () => adminQuery(server, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`),
  }
}
