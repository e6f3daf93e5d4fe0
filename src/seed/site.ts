import type { Payload } from 'payload'

import { contactFormData, CONTACT_FORM_KEY } from '../../collections/ContactInbox/contactForm'
import { defaultSections } from '../../collections/Landing/sections'
import { paragraphs } from '../lib/rich-text'

import type { DemoKind } from '.'

type PageSeed = { slug: string; title: string; template?: 'default' | 'legal'; visibility?: 'public' | 'members'; body: string[] }
type OfficerSeed = { fullName: string; positionTitle: string; region?: number; sortOrder: number }

const pagesFor = (kind: DemoKind): PageSeed[] =>
  kind === 'union'
    ? [
        { slug: 'sejarah', title: 'Sejarah', body: ['Serikat Pekerja Kampus berdiri pada 2019 atas prakarsa para pekerja kampus yang ingin bersuara bersama.', 'Sejak itu serikat tumbuh di setiap kampus dan memperjuangkan kesejahteraan anggotanya.'] },
        { slug: 'manifesto', title: 'Manifesto', body: ['Kami percaya kerja yang layak adalah hak setiap pekerja kampus, apa pun status kontraknya.'] },
        { slug: 'visi-misi', title: 'Visi dan Misi', body: ['Visi: pekerja kampus yang sejahtera, setara dan bermartabat.', 'Misi: mengorganisasi, mendidik dan membela anggota.'] },
        { slug: 'ad-art', title: 'Anggaran Dasar dan Anggaran Rumah Tangga', template: 'legal', body: ['Bab I — Nama, waktu dan kedudukan.', 'Bab II — Asas, tujuan dan fungsi.'] },
        { slug: 'panduan-anggota', title: 'Panduan Anggota', visibility: 'members', body: ['Panduan ini hanya untuk anggota: cara membayar iuran, mengajukan klaim, dan menghubungi pengurus wilayah.'] },
      ]
    : [
        { slug: 'profil-desa', title: 'Profil Desa', body: ['Desa Sukamaju terletak di kaki bukit dengan dua dusun: Krajan dan Sukamulya.', 'Sebagian besar warga bekerja sebagai petani dan pelaku usaha kecil.'] },
        { slug: 'sejarah', title: 'Sejarah Desa', body: ['Desa Sukamaju dibuka oleh para perintis pada awal abad ke-20 dan resmi menjadi desa pada 1952.'] },
        { slug: 'visi-misi', title: 'Visi dan Misi', body: ['Visi: Desa Sukamaju yang maju, mandiri dan sejahtera.', 'Misi: pelayanan publik yang terbuka, pembangunan yang merata, dan pemberdayaan warga.'] },
      ]

const officersFor = (kind: DemoKind, regions: number[]): OfficerSeed[] =>
  kind === 'union'
    ? [
        { fullName: 'Rahmat Hidayat', positionTitle: 'Ketua Umum', sortOrder: 1 },
        { fullName: 'Dewi Lestari', positionTitle: 'Sekretaris Jenderal', sortOrder: 2 },
        { fullName: 'Yusuf Maulana', positionTitle: 'Bendahara Umum', sortOrder: 3 },
        { fullName: 'Rina Kartika', positionTitle: 'Koordinator Wilayah', region: regions[0], sortOrder: 10 },
        { fullName: 'Bayu Saputra', positionTitle: 'Koordinator Wilayah', region: regions[1], sortOrder: 11 },
      ]
    : [
        { fullName: 'H. Suparman', positionTitle: 'Kepala Desa', sortOrder: 1 },
        { fullName: 'Siti Aminah', positionTitle: 'Sekretaris Desa', sortOrder: 2 },
        { fullName: 'Joko Prasetyo', positionTitle: 'Kaur Keuangan', sortOrder: 3 },
        { fullName: 'Wahyudi', positionTitle: 'Kepala Dusun', region: regions[0], sortOrder: 10 },
        { fullName: 'Sri Wulandari', positionTitle: 'Kepala Dusun', region: regions[1], sortOrder: 11 },
      ]

const contactsFor = (kind: DemoKind) =>
  kind === 'union'
    ? { address: 'Gedung Serbaguna Lt. 2, Kampus Utama, Jl. Pendidikan No. 1', phone: '+62 21 555 0101', email: 'sekretariat@serikat.example', whatsapp: '+62 812 0000 0101' }
    : { address: 'Kantor Desa Sukamaju, Jl. Raya Sukamaju No. 10', phone: '+62 265 555 0202', email: 'pemdes@sukamaju.example', whatsapp: '+62 812 0000 0202' }

const aboutFor = (kind: DemoKind) =>
  kind === 'union'
    ? 'Serikat Pekerja Kampus menghimpun dosen, tenaga kependidikan dan pekerja kampus lainnya untuk memperjuangkan kerja yang layak.'
    : 'Selamat datang di portal resmi Desa Sukamaju: berita, pengumuman, dan layanan untuk warga.'

const seedOptions = { overrideAccess: true, context: { skipRevalidate: true } } as const

const findOne = async (payload: Payload, collection: 'pages' | 'officers' | 'forms', where: Record<string, { equals: unknown }>) =>
  (await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true })).docs[0]

/**
 * The public site's demo content: pages, officers, the contact form, and (when editors have not
 * saved them yet) landing sections, menus and contact details. Idempotent.
 */
export const seedSite = async (payload: Payload, kind: DemoKind, regions: number[]) => {
  const pageIds: Record<string, number> = {}
  for (const page of pagesFor(kind)) {
    const existing = await findOne(payload, 'pages', { slug: { equals: page.slug } })
    pageIds[page.slug] =
      existing?.id ??
      (
        await payload.create({
          collection: 'pages',
          data: { ...page, template: page.template ?? 'default', visibility: page.visibility ?? 'public', body: paragraphs(...page.body), _status: 'published' },
          ...seedOptions,
        })
      ).id
  }

  for (const officer of officersFor(kind, regions)) {
    if (await findOne(payload, 'officers', { fullName: { equals: officer.fullName } })) continue
    await payload.create({
      collection: 'officers',
      data: { ...officer, level: officer.region ? 'regional' : 'central', active: true, periodStart: '2024-01-01', periodEnd: '2028-12-31' },
      ...seedOptions,
    })
  }

  if (!(await findOne(payload, 'forms', { key: { equals: CONTACT_FORM_KEY } }))) {
    await payload.create({ collection: 'forms', data: contactFormData(), ...seedOptions })
  }

  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  if (!settings.address) {
    await payload.updateGlobal({ slug: 'site-settings', data: contactsFor(kind), ...seedOptions })
  }

  const landing = await payload.findGlobal({ slug: 'landing', depth: 0, overrideAccess: true })
  if (!landing.updatedAt) {
    const sections = defaultSections().map((section) =>
      section.blockType === 'about' ? { ...section, body: paragraphs(aboutFor(kind)) } : section,
    )
    await payload.updateGlobal({ slug: 'landing', data: { sections }, ...seedOptions })
  }

  const navigation = await payload.findGlobal({ slug: 'navigation', depth: 0, overrideAccess: true })
  if (!navigation.updatedAt) {
    const url = (label: string, path: string) => ({ label, link: { type: 'url' as const, url: path } })
    const page = (label: string, slug: string) => ({ label, link: { type: 'internal' as const, reference: { relationTo: 'pages' as const, value: pageIds[slug] } } })
    const profile = kind === 'union' ? page('AD/ART', 'ad-art') : page('Profil Desa', 'profil-desa')
    await payload.updateGlobal({
      slug: 'navigation',
      data: {
        header: [
          url('Beranda', '/'),
          { label: 'Profil', labelEn: 'About', link: { type: 'internal', reference: { relationTo: 'pages', value: pageIds.sejarah } }, children: [page('Sejarah', 'sejarah'), page('Visi dan Misi', 'visi-misi'), profile] },
          url('Berita', '/berita'),
          url('Pengurus', '/pengurus'),
          url('Publikasi', '/publikasi'),
          url('Kontak', '/kontak'),
        ],
        footer: [url('Regulasi', '/regulasi'), url('Kontak', '/kontak'), url('Cari', '/cari')],
      },
      ...seedOptions,
    })
  }
}
