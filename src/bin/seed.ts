/** `npm run seed`: migrate, then load the demo data into DATABASE_URL or the embedded dev database. */
import { migrateAndSync } from '../lib/bootstrap'
import { bootPayload, closePayload, orExit } from '../lib/db/boot'
import { printDemoAccounts, seedDemo, type DemoKind } from '../seed'

const { db, payload } = await orExit(bootPayload())
let code = 0
try {
  await migrateAndSync(payload)
  const kind = (process.env.BALAI_DEMO_KIND as DemoKind | undefined) ?? 'union'
  printDemoAccounts(await seedDemo(payload, kind), payload.config.serverURL)
  await closePayload(payload)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  code = 1
} finally {
  await db.stop()
}
process.exit(code)
