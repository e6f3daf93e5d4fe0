/**
 * `npm run dev` and `npm start`: one process that brings up the database (embedded unless
 * DATABASE_URL), applies migrations, seeds the demo in development, runs the job worker and
 * serves the Next app (site, /admin, /api).
 */
// First: Next's runtime globals (AsyncLocalStorage) must exist before the config loads, because
// collections import `next/cache` for their revalidation hooks.
import 'next/dist/server/node-environment'
import http from 'node:http'

import next from 'next'

import { migrateAndSync } from '../lib/bootstrap'
import { CLIENT_IP_HEADER } from '../lib/client-ip'
import { bootPayload, closePayload, orExit } from '../lib/db/boot'
import { keepInFrontCache, serveFromFrontCache } from '../lib/front-cache'
import { startJobWorker } from '../lib/jobs-worker'
import { rootDir } from '../lib/paths'
import { printDemoAccounts, seedDemo, type DemoKind } from '../seed'

const dev = process.env.NODE_ENV !== 'production'
const port = Number.parseInt(process.env.PORT ?? '', 10) || 3000
if (!dev && (!process.env.SERVER_URL || !process.env.PAYLOAD_SECRET)) {
  console.error('Production needs DATABASE_URL, PAYLOAD_SECRET and SERVER_URL.')
  process.exit(1)
}
process.env.SERVER_URL ??= `http://localhost:${port}`
// This machine may have no way out; Next must not wait on its telemetry.
process.env.NEXT_TELEMETRY_DISABLED ??= '1'

const { db, payload } = await orExit(bootPayload())
await migrateAndSync(payload)
if (dev && process.env.BALAI_SEED !== 'off') {
  const kind = (process.env.BALAI_DEMO_KIND as DemoKind | undefined) ?? 'union'
  printDemoAccounts(await seedDemo(payload, kind), process.env.SERVER_URL)
}
const stopJobs = startJobWorker(payload)

const app = next({ dev, dir: rootDir, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = http.createServer((req, res) => {
  // Route handlers never see the socket; hand them its address, never the caller's own claim.
  req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress ?? 'unknown'
  if (!dev && serveFromFrontCache(req, res)) return
  if (!dev) keepInFrontCache(req, res)
  void handle(req, res)
})
server.listen(port, () => {
  console.info(`Balai is running at ${process.env.SERVER_URL} (admin: ${process.env.SERVER_URL}/admin)`)
})

let closing = false
const shutdown = async () => {
  if (closing) return
  closing = true
  server.close()
  await stopJobs()
  await closePayload(payload)
  await app.close()
  await db.stop()
  process.exit(0)
}
process.once('SIGINT', shutdown)
process.once('SIGTERM', shutdown)
