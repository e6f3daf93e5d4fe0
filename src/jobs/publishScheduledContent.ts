import type { TaskConfig } from 'payload'

import { SCHEDULED_PUBLICATION } from '../../collections/Content/hooks/applyWorkflow'

type Input = { id: number; publishAt: string }

/**
 * Publishes an item approved for a future date, once that date comes. An item rejected,
 * rescheduled or published by hand in the meantime is left alone.
 */
export const publishScheduledContent: TaskConfig<{ input: Input; output: { published: boolean } }> = {
  slug: 'publishScheduledContent',
  label: 'Terbitkan konten terjadwal',
  inputSchema: [
    { name: 'id', type: 'number', required: true },
    { name: 'publishAt', type: 'date', required: true },
  ],
  outputSchema: [{ name: 'published', type: 'checkbox' }],
  retries: 5,
  handler: async ({ input, req }) => {
    const doc = await req.payload.findByID({ collection: 'content', id: input.id, req, overrideAccess: true, depth: 0, disableErrors: true })
    const stillDue =
      doc?.workflowStatus === 'pending_review' && doc.scheduledFor != null && new Date(doc.scheduledFor).getTime() === new Date(input.publishAt).getTime()
    if (!stillDue) return { output: { published: false } }
    await req.payload.update({
      collection: 'content',
      id: input.id,
      data: { workflowStatus: 'published' },
      req,
      overrideAccess: true,
      context: { [SCHEDULED_PUBLICATION]: true },
    })
    return { output: { published: true } }
  },
}
