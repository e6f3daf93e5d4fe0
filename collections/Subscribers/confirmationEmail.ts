import type { PayloadRequest } from 'payload'

import { composeEmail } from '@/lib/mail'

import { linkTo, subscriberPages } from './tokens'

/** The double opt-in message: the confirm link (24 h) and, already, a way out. */
export const confirmationEmail = (req: PayloadRequest, tokens: { confirm: string; unsubscribe: string }) =>
  composeEmail(req, {
    subject: { id: 'Konfirmasi langganan berita', en: 'Confirm your news subscription' },
    paragraphs: [
      {
        id: 'Terima kasih telah mendaftar untuk menerima berita dari kami. Konfirmasikan alamat email Anda dengan membuka tautan di bawah ini dalam 24 jam.',
        en: 'Thank you for signing up for our news. Please confirm your email address by opening the link below within 24 hours.',
      },
      {
        id: 'Jika Anda tidak mendaftar, abaikan email ini: tanpa konfirmasi Anda tidak akan menerima apa pun dari kami.',
        en: 'If you did not sign up, ignore this message: without confirmation you will receive nothing from us.',
      },
    ],
    actions: [
      { label: { id: 'Konfirmasi langganan', en: 'Confirm subscription' }, href: linkTo(subscriberPages.confirm, tokens.confirm) },
      { label: { id: 'Berhenti berlangganan', en: 'Unsubscribe' }, href: linkTo(subscriberPages.unsubscribe, tokens.unsubscribe) },
    ],
  })
