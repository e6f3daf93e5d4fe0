import type { PayloadRequest } from 'payload'

import { escapeHtml } from '@/lib/html'
import { pick } from '@/lib/messages'

type Args = { req?: PayloadRequest; token?: string; user?: { name?: string } }

export const resetPasswordSubject = ({ req }: { req?: PayloadRequest } = {}) =>
  pick(req, { id: 'Atur ulang kata sandi Balai Anda', en: 'Reset your Balai password' })

/** The reset link is valid for one hour. */
export const resetPasswordEmail = ({ req, token, user }: Args = {}) => {
  const base = process.env.SERVER_URL ?? 'http://localhost:3000'
  const link = `${base}/admin/reset/${encodeURIComponent(token ?? '')}`
  const name = escapeHtml(user?.name ?? '')
  return pick(req, {
    id: `<p>Halo ${name},</p><p>Seseorang meminta pengaturan ulang kata sandi akun Anda. Buka tautan berikut dalam satu jam:</p><p><a href="${link}">${link}</a></p><p>Abaikan pesan ini jika Anda tidak memintanya.</p>`,
    en: `<p>Hello ${name},</p><p>Someone asked to reset the password of your account. Open this link within one hour:</p><p><a href="${link}">${link}</a></p><p>Ignore this message if it was not you.</p>`,
  })
}
