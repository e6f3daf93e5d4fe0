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
  contactIntro: { id: 'Ada pertanyaan, usulan, atau pengaduan? Hubungi kami atau kirim pesan melalui formulir ini.', en: 'A question, a suggestion or a complaint? Get in touch or send us a message with this form.' },
  contactDetails: { id: 'Hubungi kami', en: 'Get in touch' },
  sendMessage: { id: 'Kirim pesan', en: 'Send a message' },
  requiredNote: { id: 'Kolom bertanda * wajib diisi.', en: 'Fields marked * are required.' },
  required: { id: 'wajib', en: 'required' },
  honeypotLabel: { id: 'Jangan isi kolom ini', en: 'Leave this field empty' },
  sending: { id: 'Mengirim…', en: 'Sending…' },
  send: { id: 'Kirim', en: 'Send' },
  networkError: { id: 'Tidak dapat terhubung ke server. Periksa koneksi Anda lalu coba lagi.', en: 'Could not reach the server. Check your connection and try again.' },
  formUnavailable: { id: 'Formulir kontak belum tersedia.', en: 'The contact form is not available yet.' },
  chooseOption: { id: 'Pilih…', en: 'Choose…' },
  subscribeTitle: { id: 'Berlangganan berita', en: 'Subscribe to our news' },
  subscribeIntro: { id: 'Dapatkan berita dan pengumuman terbaru melalui email. Anda dapat berhenti kapan saja.', en: 'Get the latest news and announcements by email. You can unsubscribe at any time.' },
  nameOptional: { id: 'Nama (opsional)', en: 'Name (optional)' },
  subscribe: { id: 'Berlangganan', en: 'Subscribe' },
  subscribeSent: { id: 'Terima kasih. Periksa kotak masuk email Anda dan buka tautan konfirmasi di dalamnya (berlaku 24 jam).', en: 'Thank you. Check your inbox and open the confirmation link in it (valid for 24 hours).' },
  confirmTitle: { id: 'Konfirmasi langganan', en: 'Confirm your subscription' },
  confirming: { id: 'Mengonfirmasi langganan Anda…', en: 'Confirming your subscription…' },
  confirmDone: { id: 'Langganan Anda sudah aktif. Terima kasih!', en: 'Your subscription is active. Thank you!' },
  confirmExpired: { id: 'Tautan konfirmasi sudah kedaluwarsa (berlaku 24 jam). Silakan daftar lagi untuk menerima tautan baru.', en: 'The confirmation link has expired (it is valid for 24 hours). Please sign up again to get a new one.' },
  linkInvalid: { id: 'Tautan ini tidak dikenal atau sudah tidak berlaku. Silakan daftar lagi.', en: 'This link is unknown or no longer valid. Please sign up again.' },
  subscribeAgain: { id: 'Daftar lagi', en: 'Sign up again' },
  unsubscribeTitle: { id: 'Berhenti berlangganan', en: 'Unsubscribe' },
  unsubscribeQuestion: { id: 'Anda tidak akan menerima email berita dari kami lagi.', en: 'You will no longer receive our news by email.' },
  unsubscribe: { id: 'Berhenti berlangganan', en: 'Unsubscribe' },
  unsubscribing: { id: 'Memproses…', en: 'Working…' },
  unsubscribeDone: { id: 'Anda sudah berhenti berlangganan.', en: 'You have been unsubscribed.' },
} as const

export type MessageKey = keyof typeof dictionary

/** A UI string in the page's language, with `{name}` placeholders filled in. */
export const t = (lang: Lang, key: MessageKey, values: Record<string, string | number> = {}) =>
  dictionary[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))

/** Dates as people in Jakarta read them. */
export const formatDate = (lang: Lang, iso: string | null | undefined) =>
  iso ? new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Jakarta' }).format(new Date(iso)) : ''
