/**
 * `npm run payload:cli -- <command>`: Payload's CLI (migrate:create, migrate:status, generate:types,
 * …) against DATABASE_URL or the embedded dev database, which it starts and stops around the call.
 */
import { spawnSync } from 'node:child_process'

import { orExit } from '../lib/db/boot'
import { connectDatabase } from '../lib/db/connect'

const db = await orExit(connectDatabase())
const result = spawnSync('npx', ['payload', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env })
await db.stop()
process.exit(result.status ?? 1)
