import { languages, localisedPath, type Lang } from '@/lib/site-seo/urls'

/** The site's languages: Indonesian first (at the root), English under /en. */
export { languages, type Lang }

export const isLang = (value: string): value is Lang => (languages as readonly string[]).includes(value)

/** A site path in the given language: `/berita` or `/en/berita`. */
export const localePath = (lang: Lang, path: string) => localisedPath(path, lang)

const dictionary = {
  skipToContent: { id: 'Langsung ke isi', en: 'Skip to content' },
  home: { id: 'Beranda', en: 'Home' },
  news: { id: 'Berita', en: 'News' },
  activities: { id: 'Kegiatan', en: 'Activities' },
  announcements: { id: 'Pengumuman', en: 'Announcements' },
  officers: { id: 'Pengurus', en: 'Officers' },
  publications: { id: 'Publikasi', en: 'Publications' },
  regulations: { id: 'Regulasi', en: 'Regulations' },
  contact: { id: 'Kontak', en: 'Contact' },
  search: { id: 'Cari', en: 'Search' },
  signIn: { id: 'Masuk', en: 'Sign in' },
  join: { id: 'Daftar', en: 'Join' },
  menu: { id: 'Menu', en: 'Menu' },
  language: { id: 'Bahasa', en: 'Language' },
  readMore: { id: 'Baca selengkapnya', en: 'Read more' },
  minutesRead: { id: 'menit baca', en: 'min read' },
  category: { id: 'Kategori', en: 'Category' },
  related: { id: 'Baca juga', en: 'Related' },
  previous: { id: 'Sebelumnya', en: 'Previous' },
  next: { id: 'Berikutnya', en: 'Next' },
  pageOf: { id: 'Halaman {page} dari {pages}', en: 'Page {page} of {pages}' },
  nothingYet: { id: 'Belum ada yang diterbitkan.', en: 'Nothing has been published yet.' },
  central: { id: 'Pengurus Pusat', en: 'Central board' },
  regional: { id: 'Pengurus Wilayah', en: 'Regional boards' },
  download: { id: 'Unduh', en: 'Download' },
  downloads: { id: 'unduhan', en: 'downloads' },
  allCategories: { id: 'Semua kategori', en: 'All categories' },
  filter: { id: 'Saring', en: 'Filter' },
  notFoundTitle: { id: 'Halaman tidak ditemukan', en: 'Page not found' },
  notFoundText: { id: 'Alamat yang Anda buka tidak ada atau tidak dapat Anda lihat.', en: 'The address you opened does not exist or is not available to you.' },
  backHome: { id: 'Kembali ke beranda', en: 'Back to the home page' },
  errorTitle: { id: 'Terjadi kesalahan', en: 'Something went wrong' },
  errorText: { id: 'Maaf, halaman ini gagal dimuat. Coba lagi sebentar lagi.', en: 'Sorry, this page failed to load. Please try again shortly.' },
  tryAgain: { id: 'Coba lagi', en: 'Try again' },
  forbiddenTitle: { id: 'Akses ditolak', en: 'Access denied' },
  forbiddenText: { id: 'Anda tidak memiliki izin untuk membuka halaman ini.', en: 'You do not have permission to open this page.' },
  membersOnly: { id: 'Khusus anggota', en: 'Members only' },
  latestNews: { id: 'Kabar terbaru', en: 'Latest news' },
  seeAll: { id: 'Lihat semua', en: 'See all' },
  address: { id: 'Alamat', en: 'Address' },
  phone: { id: 'Telepon', en: 'Phone' },
  email: { id: 'Email', en: 'Email' },
  followUs: { id: 'Ikuti kami', en: 'Follow us' },
  statsMembers: { id: 'Anggota', en: 'Members' },
  statsRegions: { id: 'Wilayah', en: 'Regions' },
  statsPublications: { id: 'Publikasi', en: 'Publications' },
  statsNews: { id: 'Berita', en: 'News items' },
  period: { id: 'Masa bakti', en: 'Term' },
  articles: { id: 'Artikel', en: 'Articles' },
  type: { id: 'Jenis', en: 'Type' },
  year: { id: 'Tahun', en: 'Year' },
  allYears: { id: 'Semua tahun', en: 'All years' },
  searchLabel: { id: 'Kata kunci', en: 'Search terms' },
  searchTooShort: { id: 'Ketik sedikitnya dua huruf untuk mencari.', en: 'Type at least two letters to search.' },
  searchNothing: { id: 'Tidak ada hasil untuk “{q}”.', en: 'No results for “{q}”.' },
  searchFound: { id: '{count} hasil untuk “{q}”.', en: '{count} results for “{q}”.' },
} as const

export type MessageKey = keyof typeof dictionary

/** A UI string in the page's language, with `{name}` placeholders filled in. */
export const t = (lang: Lang, key: MessageKey, values: Record<string, string | number> = {}) =>
  dictionary[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))

/** Dates as people in Jakarta read them. */
export const formatDate = (lang: Lang, iso: string | null | undefined) =>
  iso ? new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(new Date(iso)) : ''
