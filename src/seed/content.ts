import type { Payload } from 'payload'

import type { Content } from '../../payload-types'
import { paragraphs } from '../lib/rich-text'
import { slugify } from '../lib/slug'

import type { DemoKind } from './index'

type Item = Pick<Content, 'title' | 'type' | 'excerpt' | 'workflowStatus' | 'visibility'> & { category: string; by: 'editor' | 'contributor'; daysAgo: number; comment?: string }

const categories: Record<DemoKind, string[]> = {
  village: ['Pemerintahan', 'Pembangunan', 'Kesehatan', 'Pendidikan'],
  union: ['Advokasi', 'Kesejahteraan', 'Organisasi', 'Pendidikan'],
}

const items: Record<DemoKind, Item[]> = {
  village: [
    { title: 'Musyawarah Desa Membahas APBDes 2027', type: 'news', excerpt: 'Warga dan perangkat desa menyepakati prioritas anggaran tahun depan.', category: 'Pemerintahan', by: 'editor', daysAgo: 1, workflowStatus: 'published', visibility: 'public' },
    { title: 'Gotong Royong Perbaikan Jalan Dusun Krajan', type: 'activity', excerpt: 'Lebih dari seratus warga ikut memperbaiki jalan sepanjang 800 meter.', category: 'Pembangunan', by: 'contributor', daysAgo: 3, workflowStatus: 'published', visibility: 'public' },
    { title: 'Jadwal Posyandu Balita Bulan Desember', type: 'announcement', excerpt: 'Posyandu dibuka setiap Selasa pekan kedua di balai dusun.', category: 'Kesehatan', by: 'editor', daysAgo: 5, workflowStatus: 'published', visibility: 'public' },
    { title: 'Mengenal Program Beasiswa Anak Desa', type: 'article', excerpt: 'Cara mendaftar dan syarat beasiswa pendidikan dari dana desa.', category: 'Pendidikan', by: 'contributor', daysAgo: 8, workflowStatus: 'published', visibility: 'public' },
    { title: 'Pelatihan Kader Kesehatan Dusun Sukamulya', type: 'activity', excerpt: 'Draf liputan pelatihan kader yang menunggu tinjauan editor.', category: 'Kesehatan', by: 'contributor', daysAgo: 0, workflowStatus: 'pending_review', visibility: 'public' },
    { title: 'Rencana Festival Panen Raya', type: 'news', excerpt: 'Catatan awal panitia festival.', category: 'Pembangunan', by: 'contributor', daysAgo: 0, workflowStatus: 'draft', visibility: 'public' },
  ],
  union: [
    { title: 'Serikat Mengawal Penyesuaian Upah Tenaga Kependidikan', type: 'news', excerpt: 'Pengurus bertemu rektorat membahas penyesuaian upah tahun 2027.', category: 'Advokasi', by: 'editor', daysAgo: 1, workflowStatus: 'published', visibility: 'public' },
    { title: 'Sekolah Buruh Kampus Angkatan Ketiga', type: 'activity', excerpt: 'Empat puluh anggota mengikuti pendidikan dasar serikat.', category: 'Pendidikan', by: 'contributor', daysAgo: 4, workflowStatus: 'published', visibility: 'public' },
    { title: 'Rapat Anggota Tahunan: Undangan dan Agenda', type: 'announcement', excerpt: 'Seluruh anggota diundang hadir di aula kampus utama.', category: 'Organisasi', by: 'editor', daysAgo: 6, workflowStatus: 'published', visibility: 'members' },
    { title: 'Memahami Hak Cuti Pekerja Kampus', type: 'article', excerpt: 'Panduan singkat tentang cuti tahunan, cuti sakit, dan cuti melahirkan.', category: 'Kesejahteraan', by: 'contributor', daysAgo: 9, workflowStatus: 'published', visibility: 'public' },
    { title: 'Laporan Advokasi Kasus Kontrak Dosen Luar Biasa', type: 'news', excerpt: 'Laporan yang menunggu tinjauan editor.', category: 'Advokasi', by: 'contributor', daysAgo: 0, workflowStatus: 'pending_review', visibility: 'public' },
    { title: 'Catatan Diskusi Koperasi Anggota', type: 'article', excerpt: 'Draf yang dikembalikan untuk dilengkapi.', category: 'Kesejahteraan', by: 'contributor', daysAgo: 2, workflowStatus: 'rejected', visibility: 'public', comment: 'Tambahkan data jumlah anggota koperasi.' },
  ],
}

/**
 * Demo categories and content in every workflow state. Written as the system (the workflow
 * records it so), with the demo editor and contributor as authors. Idempotent by slug.
 */
export const seedContent = async (payload: Payload, kind: DemoKind, authors: Record<'editor' | 'contributor', number>) => {
  const categoryIds: Record<string, number> = {}
  for (const name of categories[kind]) {
    const slug = slugify(name)
    const { docs } = await payload.find({ collection: 'categories', where: { slug: { equals: slug } }, overrideAccess: true, limit: 1, depth: 0 })
    categoryIds[name] = docs[0]?.id ?? (await payload.create({ collection: 'categories', data: { name, slug, appliesTo: ['content', 'publication', 'regulation'] }, overrideAccess: true })).id
  }
  for (const item of items[kind]) {
    const slug = slugify(item.title)
    if ((await payload.count({ collection: 'content', where: { slug: { equals: slug } }, overrideAccess: true })).totalDocs > 0) continue
    const publishedAt = new Date(Date.now() - item.daysAgo * 86_400_000).toISOString()
    await payload.create({
      collection: 'content',
      overrideAccess: true,
      context: { skipRevalidate: true },
      data: {
        title: item.title,
        slug,
        type: item.type,
        excerpt: item.excerpt,
        body: paragraphs(item.excerpt ?? '', 'Informasi lengkap disampaikan oleh pengurus melalui kanal resmi.'),
        category: categoryIds[item.category],
        author: authors[item.by],
        visibility: item.visibility,
        workflowStatus: item.workflowStatus,
        reviewComment: item.comment,
        publishedAt: item.workflowStatus === 'published' ? publishedAt : undefined,
        tags: [kind === 'village' ? 'desa' : 'serikat'],
      },
    })
  }
}
