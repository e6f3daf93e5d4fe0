import type { PayloadRequest } from 'payload'

import { formatRupiah } from '@/lib/i18n'
import { composeEmail, queueEmail, type MailContent } from '@/lib/mail'
import type { Text } from '@/lib/messages'

const hello = (name: string): Text => ({ id: `Halo ${name},`, en: `Hello ${name},` })
const duesPage = { label: { id: 'Lihat iuran Anda', en: 'See your dues' }, href: '/anggota/iuran' }

export type DuesMail =
  | { kind: 'arrears'; level: number; suspendAt: number; months: number; outstanding: number }
  | { kind: 'verified'; amount: number; reactivated: boolean }
  | { kind: 'rejected'; reason: string }
  | { kind: 'claim'; approved: boolean; note: string | null }
  | { kind: 'suspended' }
  | { kind: 'reactivated' }

/** Month 1 a reminder, month 2 a warning, then the final notice (and the suspension). */
const arrearsSubject = (level: number, suspendAt: number): Text =>
  level >= suspendAt
    ? { id: 'Pemberitahuan terakhir: akun ditangguhkan karena tunggakan iuran', en: 'Final notice: account suspended for unpaid dues' }
    : level === 1
      ? { id: 'Pengingat pembayaran iuran', en: 'Dues payment reminder' }
      : { id: 'Peringatan: tunggakan iuran', en: 'Warning: unpaid dues' }

const contents = (name: string, mail: DuesMail): MailContent => {
  switch (mail.kind) {
    case 'arrears':
      return {
        subject: arrearsSubject(mail.level, mail.suspendAt),
        paragraphs: [
          hello(name),
          {
            id: `Iuran Anda tertunggak ${mail.months} bulan, sejumlah ${formatRupiah(mail.outstanding)}.`,
            en: `Your dues are ${mail.months} month(s) in arrears, ${formatRupiah(mail.outstanding)} in all.`,
          },
          mail.level >= mail.suspendAt
            ? {
                id: 'Akun Anda kini ditangguhkan dan fitur anggota dibatasi. Akun aktif kembali setelah tunggakan dilunasi.',
                en: 'Your account is now suspended and member features are limited. It is reactivated once the arrears are paid.',
              }
            : {
                id: `Mohon segera membayar. Pada tunggakan ${mail.suspendAt} bulan akun akan ditangguhkan.`,
                en: `Please pay soon. At ${mail.suspendAt} months in arrears the account is suspended.`,
              },
        ],
        actions: [duesPage],
      }
    case 'verified':
      return {
        subject: { id: 'Pembayaran iuran diterima', en: 'Dues payment received' },
        paragraphs: [
          hello(name),
          { id: `Pembayaran Anda sebesar ${formatRupiah(mail.amount)} telah diverifikasi. Terima kasih.`, en: `Your payment of ${formatRupiah(mail.amount)} has been verified. Thank you.` },
          ...(mail.reactivated ? [{ id: 'Akun Anda aktif kembali.', en: 'Your account is active again.' }] : []),
        ],
        actions: [duesPage],
      }
    case 'rejected':
      return {
        subject: { id: 'Bukti pembayaran iuran ditolak', en: 'Dues payment proof rejected' },
        paragraphs: [
          hello(name),
          { id: 'Bukti pembayaran Anda tidak dapat kami terima.', en: 'We could not accept your payment proof.' },
          { id: `Alasan: ${mail.reason}`, en: `Reason: ${mail.reason}` },
          { id: 'Silakan unggah bukti yang benar.', en: 'Please upload a correct proof.' },
        ],
        actions: [duesPage],
      }
    case 'claim':
      return {
        subject: mail.approved ? { id: 'Klaim iuran disetujui', en: 'Dues claim approved' } : { id: 'Klaim iuran ditolak', en: 'Dues claim rejected' },
        paragraphs: [
          hello(name),
          mail.approved ? { id: 'Klaim iuran Anda disetujui.', en: 'Your dues claim has been approved.' } : { id: 'Klaim iuran Anda ditolak.', en: 'Your dues claim has been rejected.' },
          ...(mail.note ? [{ id: `Catatan: ${mail.note}`, en: `Note: ${mail.note}` }] : []),
        ],
        actions: [duesPage],
      }
    case 'suspended':
      return {
        subject: { id: 'Akun ditangguhkan karena tunggakan iuran', en: 'Account suspended for unpaid dues' },
        paragraphs: [
          hello(name),
          { id: 'Bendahara menangguhkan akun Anda karena tunggakan iuran. Akun aktif kembali setelah tunggakan dilunasi.', en: 'The treasurer suspended your account for unpaid dues. It is reactivated once the arrears are paid.' },
        ],
        actions: [duesPage],
      }
    case 'reactivated':
      return {
        subject: { id: 'Akun aktif kembali', en: 'Account reactivated' },
        paragraphs: [hello(name), { id: 'Akun Anda aktif kembali.', en: 'Your account is active again.' }],
        actions: [duesPage],
      }
  }
}

/** Queued in the change's transaction: sent only if it commits. */
export const queueDuesEmail = (req: PayloadRequest, to: string, name: string, mail: DuesMail) =>
  queueEmail(req, { to, ...composeEmail(req, contents(name, mail)) })
