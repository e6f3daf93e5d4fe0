import type { Text } from '@/lib/messages'

type Option<V extends string> = { value: V; label: Text }

export const billTypeOptions: Option<'registration' | 'monthly'>[] = [
  { value: 'registration', label: { id: 'Pendaftaran', en: 'Registration' } },
  { value: 'monthly', label: { id: 'Bulanan', en: 'Monthly' } },
]

export const billStatusOptions: Option<'unpaid' | 'paid' | 'overdue' | 'waived'>[] = [
  { value: 'unpaid', label: { id: 'Belum dibayar', en: 'Unpaid' } },
  { value: 'paid', label: { id: 'Lunas', en: 'Paid' } },
  { value: 'overdue', label: { id: 'Menunggak', en: 'Overdue' } },
  { value: 'waived', label: { id: 'Dibebaskan', en: 'Waived' } },
]

export const paymentStatusOptions: Option<'submitted' | 'verified' | 'rejected'>[] = [
  { value: 'submitted', label: { id: 'Menunggu verifikasi', en: 'Awaiting verification' } },
  { value: 'verified', label: { id: 'Terverifikasi', en: 'Verified' } },
  { value: 'rejected', label: { id: 'Ditolak', en: 'Rejected' } },
]

export const paymentMethodOptions: Option<'transfer' | 'qris' | 'cash' | 'other'>[] = [
  { value: 'transfer', label: { id: 'Transfer bank', en: 'Bank transfer' } },
  { value: 'qris', label: { id: 'QRIS', en: 'QRIS' } },
  { value: 'cash', label: { id: 'Tunai', en: 'Cash' } },
  { value: 'other', label: { id: 'Lainnya', en: 'Other' } },
]

export const paymentSourceOptions: Option<'upload' | 'reconciliation'>[] = [
  { value: 'upload', label: { id: 'Unggahan anggota', en: 'Member upload' } },
  { value: 'reconciliation', label: { id: 'Rekonsiliasi bank', en: 'Bank reconciliation' } },
]

/** What a member may claim about their dues. */
export const claimTypeOptions: Option<'already_paid' | 'wrong_amount' | 'wrong_period' | 'double_payment' | 'waiver_request' | 'other'>[] = [
  { value: 'already_paid', label: { id: 'Sudah membayar', en: 'Already paid' } },
  { value: 'wrong_amount', label: { id: 'Nominal salah', en: 'Wrong amount' } },
  { value: 'wrong_period', label: { id: 'Periode salah', en: 'Wrong period' } },
  { value: 'double_payment', label: { id: 'Pembayaran ganda', en: 'Double payment' } },
  { value: 'waiver_request', label: { id: 'Permohonan pembebasan', en: 'Waiver request' } },
  { value: 'other', label: { id: 'Lainnya', en: 'Other' } },
]

export const claimStatusOptions: Option<'submitted' | 'in_review' | 'approved' | 'rejected'>[] = [
  { value: 'submitted', label: { id: 'Diajukan', en: 'Submitted' } },
  { value: 'in_review', label: { id: 'Sedang ditinjau', en: 'In review' } },
  { value: 'approved', label: { id: 'Disetujui', en: 'Approved' } },
  { value: 'rejected', label: { id: 'Ditolak', en: 'Rejected' } },
]

export type BillStatus = (typeof billStatusOptions)[number]['value']
export type PaymentStatus = (typeof paymentStatusOptions)[number]['value']
export type ClaimStatus = (typeof claimStatusOptions)[number]['value']
export type ClaimType = (typeof claimTypeOptions)[number]['value']

export const labelOf = <V extends string>(options: Option<V>[], value: V | null | undefined): Text =>
  options.find((option) => option.value === value)?.label ?? { id: String(value ?? '—'), en: String(value ?? '—') }
