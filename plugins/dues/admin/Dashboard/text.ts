import type { Text } from '@/lib/messages'

export type Lang = 'id' | 'en'

export const texts = {
  title: { id: 'Dasbor iuran', en: 'Dues dashboard' },
  regionTitle: { id: 'Rekap iuran wilayah', en: 'Regional dues recap' },
  refused: { id: 'Anda tidak berhak melihat rekap iuran.', en: 'You are not allowed to see the dues recap.' },
  filter: { id: 'Tampilkan', en: 'Show' },
  region: { id: 'Wilayah', en: 'Region' },
  allRegions: { id: 'Semua wilayah', en: 'All regions' },
  noRegion: { id: 'Tanpa wilayah', en: 'No region' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  collectedThisMonth: { id: 'Terkumpul bulan ini', en: 'Collected this month' },
  unpaid: { id: 'Belum dibayar', en: 'Unpaid' },
  overdue: { id: 'Menunggak', en: 'Overdue' },
  inArrears: { id: 'Anggota menunggak', en: 'Members in arrears' },
  bills: { id: 'tagihan', en: 'bills' },
  collectedTitle: { id: 'Iuran terkumpul per bulan (12 bulan terakhir)', en: 'Dues collected per month (last 12 months)' },
  month: { id: 'Bulan', en: 'Month' },
  paidBills: { id: 'Tagihan lunas', en: 'Bills paid' },
  collected: { id: 'Terkumpul', en: 'Collected' },
  levelTitle: { id: 'Tunggakan menurut tingkat', en: 'Arrears by level' },
  level: { id: 'Tingkat', en: 'Level' },
  members: { id: 'Anggota', en: 'Members' },
  arrearsAmount: { id: 'Jumlah tunggakan', en: 'Amount in arrears' },
  regionArrearsTitle: { id: 'Tunggakan menurut wilayah', en: 'Arrears by region' },
  noArrears: { id: 'Tidak ada tunggakan.', en: 'No arrears.' },
  reportsTitle: { id: 'Unduh laporan', en: 'Download reports' },
  reportKind: { id: 'Laporan', en: 'Report' },
  kindRecap: { id: 'Rekap per wilayah dan bulan', en: 'Recap by region and month' },
  kindBills: { id: 'Rincian tagihan', en: 'Bill lines' },
  from: { id: 'Dari bulan', en: 'From month' },
  to: { id: 'Sampai bulan', en: 'To month' },
  downloadXlsx: { id: 'Unduh XLSX', en: 'Download XLSX' },
  downloadCsv: { id: 'Unduh CSV', en: 'Download CSV' },
  highest: { id: 'Tertinggi', en: 'Highest' },
  total: { id: 'Jumlah', en: 'Total' },
} satisfies Record<string, Text>

export const say = (lang: Lang, key: keyof typeof texts) => texts[key][lang]

/** "1 bulan", "3+ bulan": a level in months; the last level counts that many or more. */
export const levelLabel = (lang: Lang, level: number, last: number) =>
  `${level}${level === last ? '+' : ''} ${lang === 'en' ? (level === 1 ? 'month' : 'months') : 'bulan'}`

export const rupiah = (lang: Lang, amount: number) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(amount)

export const count = (lang: Lang, value: number) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID').format(value)

/** "2026-11" → "Nov 2026". */
export const monthLabel = (lang: Lang, key: string) => {
  const [year, month] = key.split('-').map(Number)
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)))
}
