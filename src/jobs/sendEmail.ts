import type { TaskConfig } from 'payload'

export type SendEmailInput = { to: string; subject: string; text: string; html: string }

/**
 * Sends one queued message (see src/lib/mail). A failure (mail server down, greylisting) is
 * retried with growing pauses: about 30 s, 1, 2, 4 and 8 minutes.
 */
export const sendEmail: TaskConfig<{ input: SendEmailInput; output: { messageId: string } }> = {
  slug: 'sendEmail',
  label: 'Kirim email',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea', required: true },
  ],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 15_000 } },
  handler: async ({ input, req }) => {
    const info = (await req.payload.sendEmail({ to: input.to, subject: input.subject, text: input.text, html: input.html })) as { messageId?: string } | undefined
    return { output: { messageId: info?.messageId ?? '' } }
  },
}
