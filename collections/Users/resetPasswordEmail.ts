import type { PayloadRequest } from 'payload'

import { composeEmail } from '@/lib/mail'

type Args = { req?: PayloadRequest; token?: string; user?: { name?: string } }

/**
 * Payload sends this message itself (forgot-password) and always passes `req`; it asks for the
 * subject and the HTML separately. The reset link is valid for one hour and opens the site's reset
 * page (staff too: the same account signs in to both the site and the admin).
 */
const composeReset = ({ req, token, user }: Args) => {
  if (!req) throw new Error('The password-reset email needs the request')
  const name = user?.name ?? ''
  return composeEmail(req, {
    subject: { id: 'Atur ulang kata sandi Balai Anda', en: 'Reset your Balai password' },
    paragraphs: [
      { id: `Halo ${name},`, en: `Hello ${name},` },
      {
        id: 'Seseorang meminta pengaturan ulang kata sandi akun Anda. Buka tautan di bawah ini dalam satu jam. Abaikan pesan ini jika Anda tidak memintanya.',
        en: 'Someone asked to reset the password of your account. Open the link below within one hour. Ignore this message if it was not you.',
      },
    ],
    actions: [{ label: { id: 'Atur ulang kata sandi', en: 'Reset password' }, href: `/atur-ulang-sandi?token=${encodeURIComponent(token ?? '')}` }],
  })
}

export const resetPasswordSubject = (args: Args = {}) => composeReset(args).subject

export const resetPasswordEmail = (args: Args = {}) => composeReset(args).html
