import { defineTexts, formatMonth, type Lang } from '@/lib/i18n'
import type { Text } from '@/lib/messages'

/** The 403 text the admin frame shows in place of the dashboard. */
export const refused: Text = { id: 'Anda tidak berhak melihat rekap iuran.', en: 'You are not allowed to see the dues recap.' }

export const texts = defineTexts({
  title: { id: 'Dasbor iuran', en: 'Dues dashboard' },
  regionTitle: { id: 'Rekap iuran wilayah', en: 'Regional dues recap' },
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
  /** "1 bulan", "3+ bulan": a level in months; the last level counts that many or more. */
  levelMonths: { id: (level: number, last: number) => `${level}${level === last ? '+' : ''} bulan`, en: (level: number, last: number) => `${level}${level === last ? '+' : ''} ${level === 1 ? 'month' : 'months'}` },
})

/** "2026-11" → "Nov 2026". */
export const monthLabel = (lang: Lang, key: string) => {
  const [year, month] = key.split('-').map(Number)
  return formatMonth(lang, { year, month }, 'short')
}
