/** `npm run jobs`: a job worker alone, for deployments with several app instances. */
import { bootPayload, closePayload, orExit } from '../lib/db/boot'
import { startJobWorker } from '../lib/jobs-worker'

const { db, payload } = await orExit(bootPayload())
const stop = startJobWorker(payload)
payload.logger.info('Job worker running; Ctrl+C stops it.')

const shutdown = async () => {
  await stop()
  await closePayload(payload)
  await db.stop()
  process.exit(0)
}
process.once('SIGINT', shutdown)
process.once('SIGTERM', shutdown)
