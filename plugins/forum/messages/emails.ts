import type { PayloadRequest } from 'payload'

import { composeEmail, queueEmail } from '@/lib/mail'

import { MESSAGES_PATH } from '../site/paths'

type Reply = { to: string; name: string; subject: string; body: string; conversation: number }

/** "The board replied": the reply's text (plain, escaped by composeEmail) and a link to the conversation. */
export const queueReplyEmail = (req: PayloadRequest, { to, name, subject, body, conversation }: Reply) =>
  queueEmail(req, {
    to,
    ...composeEmail(req, {
      subject: { id: `Balasan pengurus: ${subject}`, en: `The board replied: ${subject}` },
      paragraphs: [
        { id: `Halo ${name},`, en: `Hello ${name},` },
        { id: `Pengurus membalas pesan Anda "${subject}":`, en: `The board replied to your message "${subject}":` },
        { id: body, en: body },
      ],
      actions: [{ label: { id: 'Buka percakapan', en: 'Open the conversation' }, href: `${MESSAGES_PATH}?c=${conversation}` }],
    }),
  })
