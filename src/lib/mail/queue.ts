import type { PayloadRequest } from 'payload'

import type { ComposedMail } from './compose'

export type QueuedMail = ComposedMail & { to: string }

/**
 * Queues one message for the `sendEmail` job (retried with backoff when the mail server fails).
 * The job is written with `req`, so it joins the caller's transaction: if the change that wanted
 * the message rolls back, nothing is sent. The job worker (`npm run dev`/`start`/`jobs`) sends it.
 */
export const queueEmail = async (req: PayloadRequest, mail: QueuedMail) => {
  await req.payload.jobs.queue({ task: 'sendEmail', input: mail, req })
}
