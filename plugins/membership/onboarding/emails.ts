import type { PayloadRequest } from 'payload'

import { composeEmail, queueEmail, type MailContent } from '@/lib/mail'

import type { StaffAction } from './states'

type Facts = { fullName: string; memberNumber?: string | null; reason?: string | null }

const reasonLine = (reason?: string | null) => (reason ? [{ id: `Alasan: ${reason}`, en: `Reason: ${reason}` }] : [])

const contents: Record<StaffAction, (facts: Facts) => MailContent> = {
  approve: ({ fullName, memberNumber }) => ({
    subject: { id: 'Selamat datang sebagai anggota', en: 'Welcome as a member' },
    paragraphs: [
      { id: `Halo ${fullName},`, en: `Hello ${fullName},` },
      {
        id: `Pendaftaran Anda telah disetujui. Nomor anggota Anda: ${memberNumber}.`,
        en: `Your registration has been approved. Your member number: ${memberNumber}.`,
      },
      { id: 'Masuk untuk melihat kartu anggota Anda.', en: 'Sign in to see your member card.' },
    ],
    actions: [{ label: { id: 'Lihat kartu anggota', en: 'See your member card' }, href: '/anggota/kartu' }],
  }),
  reject: ({ fullName, reason }) => ({
    subject: { id: 'Pendaftaran anggota ditolak', en: 'Membership registration declined' },
    paragraphs: [
      { id: `Halo ${fullName},`, en: `Hello ${fullName},` },
      { id: 'Mohon maaf, pendaftaran keanggotaan Anda tidak dapat kami setujui.', en: 'We are sorry: your membership registration was not approved.' },
      ...reasonLine(reason),
      { id: 'Hubungi pengurus bila ada pertanyaan.', en: 'Contact the board if you have questions.' },
    ],
  }),
  disable: ({ fullName, reason }) => ({
    subject: { id: 'Keanggotaan dinonaktifkan', en: 'Membership disabled' },
    paragraphs: [
      { id: `Halo ${fullName},`, en: `Hello ${fullName},` },
      { id: 'Keanggotaan dan akun Anda dinonaktifkan oleh pengurus.', en: 'Your membership and account have been disabled by the board.' },
      ...reasonLine(reason),
    ],
  }),
  enable: ({ fullName }) => ({
    subject: { id: 'Keanggotaan aktif kembali', en: 'Membership re-enabled' },
    paragraphs: [
      { id: `Halo ${fullName},`, en: `Hello ${fullName},` },
      { id: 'Keanggotaan dan akun Anda aktif kembali.', en: 'Your membership and account are active again.' },
    ],
    actions: [{ label: { id: 'Masuk', en: 'Sign in' }, href: '/masuk' }],
  }),
}

/** The member's message about the move, queued in the move's transaction (sent only if it commits). */
export const queueTransitionEmail = (req: PayloadRequest, action: StaffAction, to: string, facts: Facts) =>
  queueEmail(req, { to, ...composeEmail(req, contents[action](facts)) })
