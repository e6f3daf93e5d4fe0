import type { Text } from '@/lib/messages'

type Option<V extends string> = { value: V; label: Text }

export const lineStatusOptions: Option<'unmatched' | 'proposed' | 'confirmed' | 'ignored'>[] = [
  { value: 'unmatched', label: { id: 'Belum cocok', en: 'Unmatched' } },
  { value: 'proposed', label: { id: 'Usulan cocok', en: 'Proposed match' } },
  { value: 'confirmed', label: { id: 'Dikonfirmasi', en: 'Confirmed' } },
  { value: 'ignored', label: { id: 'Diabaikan', en: 'Ignored' } },
]

/**
 * Why a line was (not) matched. The first three and `manual` are proposals; the others say why
 * a line waits in the queue.
 */
export const matchKindOptions: Option<MatchKind>[] = [
  { value: 'code_amount', label: { id: 'Kode pembayaran dan nominal cocok', en: 'Payment code and amount match' } },
  { value: 'amount', label: { id: 'Hanya nominal (termasuk kode unik) cocok', en: 'Amount only (incl. unique code) matches' } },
  { value: 'code_amount_differs', label: { id: 'Kode cocok, nominal berbeda', en: 'Code matches, amount differs' } },
  { value: 'manual', label: { id: 'Dicocokkan manual', en: 'Matched by hand' } },
  { value: 'code_closed', label: { id: 'Kode ditemukan, tetapi tagihannya tidak terbuka', en: 'Code found, but its bill is not open' } },
  { value: 'codes_several_members', label: { id: 'Kode milik beberapa anggota', en: 'Codes of several members' } },
  { value: 'amount_ambiguous', label: { id: 'Nominal cocok dengan beberapa tagihan', en: 'Amount fits several bills' } },
  { value: 'none', label: { id: 'Tidak ada tagihan yang cocok', en: 'No bill fits' } },
]

export type LineStatus = (typeof lineStatusOptions)[number]['value']
export type MatchKind =
  | 'code_amount'
  | 'amount'
  | 'code_amount_differs'
  | 'manual'
  | 'code_closed'
  | 'codes_several_members'
  | 'amount_ambiguous'
  | 'none'

/** How far the treasurer can trust a proposal at a glance. */
export const confidenceOf: Partial<Record<MatchKind, { level: 'high' | 'medium' | 'low'; label: Text }>> = {
  code_amount: { level: 'high', label: { id: 'Tinggi', en: 'High' } },
  manual: { level: 'high', label: { id: 'Manual', en: 'Manual' } },
  amount: { level: 'medium', label: { id: 'Sedang', en: 'Medium' } },
  code_amount_differs: { level: 'low', label: { id: 'Rendah', en: 'Low' } },
}
