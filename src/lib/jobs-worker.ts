import type { Payload } from 'payload'

/**
 * Queues scheduled jobs and runs due ones every few seconds. Runs inside `npm run dev`/`npm start`
 * and alone in `npm run jobs`; several workers may run at once (Payload locks each job).
 */
export const startJobWorker = (payload: Payload, intervalMs = Number(process.env.JOBS_INTERVAL_MS) || 5000) => {
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()

  const tick = async () => {
    try {
      await payload.jobs.handleSchedules({ allQueues: true })
      await payload.jobs.run({ allQueues: true, limit: 50, silent: { info: true } })
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Job worker tick failed' })
    } finally {
      if (!stopped) timer = setTimeout(() => (running = tick()), intervalMs)
    }
  }
  running = tick()

  return async () => {
    stopped = true
    clearTimeout(timer)
    await running
  }
}
