import type { Payload } from 'payload'

/**
 * Runs the due jobs of a queue now, one after another, as the job worker would on its next tick,
 * and returns when they are done (a sent email has reached the SMTP server by then).
 */
export const runJobs = (payload: Payload, { queue = 'default', quiet = false }: { queue?: string; quiet?: boolean } = {}) =>
  // `quiet` also hides the errors of failing jobs, for tests that make them fail on purpose.
  payload.jobs.run({ queue, limit: 100, sequential: true, silent: quiet ? true : { info: true } })

/** Makes the waiting jobs of a task due now, as if their retry backoff had passed. */
export const skipBackoff = async (payload: Payload, task: string) => {
  await payload.db.updateMany({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: task } }, { completedAt: { exists: false } }] },
    data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
  })
}
