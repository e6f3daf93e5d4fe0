import { paragraphs } from '@/lib/rich-text'

/** The key the site's /kontak page looks its form up by. */
export const CONTACT_FORM_KEY = 'kontak'

/** The default contact form (seed `cms_contact_messages`: name, email, subject, message). */
export const contactFormData = () => ({
  key: CONTACT_FORM_KEY,
  title: 'Kontak',
  submitButtonLabel: 'Kirim pesan',
  fields: [
    { blockType: 'text' as const, name: 'name', label: 'Nama', required: true, width: 50 },
    { blockType: 'email' as const, name: 'email', label: 'Email', required: true, width: 50 },
    { blockType: 'text' as const, name: 'subject', label: 'Perihal', required: false, width: 100 },
    { blockType: 'textarea' as const, name: 'message', label: 'Pesan', required: true, width: 100 },
  ],
  confirmationMessage: paragraphs('Terima kasih, pesan Anda sudah kami terima. Kami akan membalas melalui email.'),
})
