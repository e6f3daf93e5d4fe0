import type { TaskConfig } from 'payload'

import { fanOut } from './fanout'
import { sendBatch } from './send'

export const FAN_OUT_TASK = 'communityBroadcastFanOut'
export const EMAIL_TASK = 'communityBroadcastEmails'

/** A new broadcast's notifications and email batches (queued by the broadcast's create, in its transaction). */
export const broadcastFanOutTask: TaskConfig<{ input: { broadcast: number }; output: { recipients: number; batches: number } }> = {
  slug: FAN_OUT_TASK,
  label: 'Siaran: buat notifikasi dan antrekan email',
  inputSchema: [{ name: 'broadcast', type: 'number', required: true }],
  outputSchema: [
    { name: 'recipients', type: 'number', required: true },
    { name: 'batches', type: 'number', required: true },
  ],
  retries: 3,
  handler: async ({ input, req }) => ({
    output: await fanOut(req, input.broadcast, async (batch) => {
      await req.payload.jobs.queue({ task: EMAIL_TASK, input: batch, req })
    }),
  }),
}

/**
 * One batch of a broadcast's emails. A batch with failed deliveries fails after recording the
 * delivered ones; the retry (with growing pauses, as `sendEmail`) sends the rest only.
 */
export const broadcastEmailsTask: TaskConfig<{ input: { broadcast: number; fromRecipient: number; toRecipient: number }; output: { sent: number } }> = {
  slug: EMAIL_TASK,
  label: 'Siaran: kirim satu kelompok email',
  inputSchema: [
    { name: 'broadcast', type: 'number', required: true },
    { name: 'fromRecipient', type: 'number', required: true },
    { name: 'toRecipient', type: 'number', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 15_000 } },
  handler: async ({ input, req }) => {
    const { sent, failed } = await sendBatch(req, input)
    if (failed > 0) throw new Error(`${failed} broadcast email(s) not delivered; retrying`)
    return { output: { sent } }
  },
}

export const broadcastTasks = [broadcastFanOutTask, broadcastEmailsTask]
