import type { PayloadRequest } from 'payload'

import type { MailContent } from '@/lib/mail'
import { linkTo } from '@/lib/link-token'

/** A new address must be confirmed within 24 hours, on this site page (which posts the token). */
export const EMAIL_CHANGE_TTL_MS = 24 * 60 * 60 * 1000
export const emailChangePage = '/konfirmasi-email'

export const confirmNewEmail = (name: string, token: string): MailContent => ({
  subject: { id: 'Konfirmasi alamat email baru Anda', en: 'Confirm your new email address' },
  paragraphs: [
    { id: `Halo ${name},`, en: `Hello ${name},` },
    {
      id: 'Alamat ini diminta menjadi email akun Balai Anda. Perubahan berlaku setelah Anda membuka tautan di bawah ini dalam 24 jam. Abaikan pesan ini jika Anda tidak memintanya.',
      en: 'This address was asked to become the email of your Balai account. The change takes effect once you open the link below within 24 hours. Ignore this message if it was not you.',
    },
  ],
  actions: [{ label: { id: 'Konfirmasi email baru', en: 'Confirm new email' }, href: linkTo(emailChangePage, token) }],
})

export const tellOldEmail = (name: string, next: string): MailContent => ({
  subject: { id: 'Permintaan perubahan email akun Balai Anda', en: 'Your Balai account email is being changed' },
  paragraphs: [
    { id: `Halo ${name},`, en: `Hello ${name},` },
    {
      id: `Seseorang meminta agar email akun Anda diganti menjadi ${next}. Perubahan baru berlaku setelah tautan yang dikirim ke alamat itu dibuka. Jika bukan Anda, segera ganti kata sandi Anda dan hubungi pengurus.`,
      en: `Someone asked to change your account's email to ${next}. It only takes effect once the link sent to that address is opened. If this was not you, change your password now and contact the board.`,
    },
  ],
})

export const EMAIL_TAKEN = { id: 'Email ini sudah dipakai akun lain.', en: 'This email is already used by another account.' }

/** Whether another account already has this email (every account, whoever asks: emails are unique). */
export const emailTaken = async (req: PayloadRequest, email: string) =>
  (await req.payload.count({ collection: 'users', where: { email: { equals: email } }, req, overrideAccess: true })).totalDocs > 0
