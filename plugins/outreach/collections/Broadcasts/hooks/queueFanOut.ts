import type { CollectionAfterChangeHook } from 'payload'

import { FAN_OUT_TASK } from '../../../broadcasts/jobs'

/** A new broadcast queues its fan-out in the same transaction: no broadcast without its job, nor the reverse. */
export const queueFanOut: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create') await req.payload.jobs.queue({ task: FAN_OUT_TASK, input: { broadcast: doc.id }, req })
  return doc
}
