import { spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'

import type pg from 'pg'

import type { Operation } from './load'

const floorServerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'floor-server.ts')

/** Floor 1: a bare node:http server in its own process, serving `body` to every request. */
export const startFloorServer = async (body: string): Promise<{ url: string; stop: () => Promise<void> }> => {
  const child = spawn(process.execPath, ['--import', 'tsx', floorServerFile], { stdio: ['pipe', 'pipe', 'inherit'] })
  child.stdin.end(body)
  const lines = readline.createInterface({ input: child.stdout })
  const port = await new Promise<number>((resolve, reject) => {
    lines.once('line', (line) => resolve((JSON.parse(line) as { port: number }).port))
    child.once('exit', (code) => reject(new Error(`The floor server exited (${code}) before listening.`)))
  })
  lines.close()
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM')
      if (child.exitCode === null && child.signalCode === null) await once(child, 'exit')
    },
  }
}

/** Floor 2: the primary-key read underneath most API calls, straight through `pg`. */
export const pgSelectUser = (pool: pg.Pool, id: number): Operation => async () => {
  await pool.query('SELECT * FROM users WHERE id = $1', [id])
}

/**
 * Floor for writes: an insert and an update of a row shaped like a content item (title, slug,
 * Lexical JSON), in a scratch table, straight through `pg`.
 */
export const pgInsertAndUpdate = async (pool: pg.Pool): Promise<Operation> => {
  await pool.query('CREATE TABLE IF NOT EXISTS bench_floor_items (id serial PRIMARY KEY, title text, slug text UNIQUE, body jsonb, status text, published_at timestamptz)')
  let n = 0
  return async () => {
    const i = ++n
    const { rows } = await pool.query<{ id: number }>(
      "INSERT INTO bench_floor_items (title, slug, body, status) VALUES ($1, $2, $3, 'draft') RETURNING id",
      [`Berita bench nomor ${i}`, `floor-${process.pid}-${i}`, JSON.stringify({ root: { children: [{ text: 'Paragraf' }] } })],
    )
    await pool.query("UPDATE bench_floor_items SET status = 'published', published_at = now() WHERE id = $1", [rows[0].id])
  }
}
