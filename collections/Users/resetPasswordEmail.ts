import type { MailContent } from '@/lib/mail'
import { linkTo } from '@/lib/link-token'

/**
 * The reset link is valid for one hour and opens the site's reset page (staff too: the same
 * account signs in to both the site and the admin).
 */
export const resetPasswordMail = (name: string, token: string): MailContent => ({
  subject: { id: 'Atur ulang kata sandi Balai Anda', en: 'Reset your Balai password' },
  paragraphs: [
    { id: `Halo ${name},`, en: `Hello ${name},` },
    {
      id: 'Seseorang meminta pengaturan ulang kata sandi akun Anda. Buka tautan di bawah ini dalam satu jam. Abaikan pesan ini jika Anda tidak memintanya.',
      en: 'Someone asked to reset the password of your account. Open the link below within one hour. Ignore this message if it was not you.',
    },
  ],
  actions: [{ label: { id: 'Atur ulang kata sandi', en: 'Reset password' }, href: linkTo('/atur-ulang-sandi', token) }],
})
