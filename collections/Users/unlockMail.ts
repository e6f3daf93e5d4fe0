import type { MailContent } from '@/lib/mail'
import { linkTo } from '@/lib/link-token'

/** The site page the unlock link opens (it posts the token to /api/users/unlock-with-link). */
export const unlockPage = '/buka-kunci'

export const unlockMail = (name: string, token: string): MailContent => ({
  subject: { id: 'Akun Balai Anda dikunci sementara', en: 'Your Balai account is locked for now' },
  paragraphs: [
    { id: `Halo ${name},`, en: `Hello ${name},` },
    {
      id: 'Akun Anda dikunci selama 30 menit setelah beberapa kali gagal masuk. Jika itu Anda, buka tautan di bawah ini untuk membukanya sekarang. Jika bukan, seseorang mungkin sedang menebak kata sandi Anda: gantilah kata sandi Anda.',
      en: 'Your account is locked for 30 minutes after several failed sign-ins. If that was you, open the link below to unlock it now. If not, someone may be guessing your password: change it.',
    },
  ],
  actions: [{ label: { id: 'Buka kunci akun', en: 'Unlock account' }, href: linkTo(unlockPage, token) }],
})
