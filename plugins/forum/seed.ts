import type { Payload } from 'payload'

import type { DemoSeeder } from '@/seed/extensions'

import type { ForumCategory } from './threads/categories'

const userId = async (payload: Payload, email: string) =>
  (await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, depth: 0, limit: 1 })).docs[0]?.id

type DemoThread = { title: string; category: ForumCategory; regionOnly?: boolean; posts: Array<{ by: string; body: string }> }

const threads: DemoThread[] = [
  {
    title: 'Selamat datang di forum anggota',
    category: 'umum',
    posts: [
      { by: 'admin@demo.balai.test', body: 'Forum ini tempat anggota berdiskusi. Jaga sopan santun; tulisan yang dilaporkan beberapa anggota disembunyikan sampai ditinjau pengurus.' },
      { by: 'member@demo.balai.test', body: 'Terima kasih, senang bisa berdiskusi di sini.' },
    ],
  },
  {
    title: 'Beban mengajar semester depan',
    category: 'ketenagakerjaan',
    posts: [
      { by: 'anggota2@demo.balai.test', body: 'Apakah ada yang sudah menerima jadwal beban mengajar semester depan? Di fakultas kami jumlah SKS naik tanpa penjelasan.' },
      { by: 'member@demo.balai.test', body: 'Di tempat kami juga. Usul: kita kumpulkan datanya dulu lalu sampaikan ke pengurus.' },
    ],
  },
  {
    title: 'Rapat wilayah bulan ini',
    category: 'kegiatan',
    regionOnly: true,
    posts: [{ by: 'member@demo.balai.test', body: 'Rapat wilayah kita direncanakan Sabtu terakhir bulan ini. Siapa yang bisa hadir?' }],
  },
]

/**
 * Union demo: three forum threads (one for the member's region only) and a conversation of the
 * demo member with the board, answered. Idempotent: skipped once the demo threads exist.
 */
export const seedForum: DemoSeeder = async (payload, { kind }) => {
  if (kind !== 'union') return
  const existing = await payload.count({ collection: 'forum-threads', where: { title: { equals: threads[0].title } }, overrideAccess: true })
  if (existing.totalDocs > 0) return
  for (const thread of threads) {
    const authors = await Promise.all(thread.posts.map((post) => userId(payload, post.by)))
    if (authors.some((id) => id == null)) continue
    const created = await payload.create({
      collection: 'forum-threads',
      data: { title: thread.title, category: thread.category, regionOnly: thread.regionOnly ?? false, author: authors[0]! },
      overrideAccess: true,
    })
    for (const [index, post] of thread.posts.entries()) {
      await payload.create({ collection: 'forum-posts', data: { thread: created.id, body: post.body, author: authors[index]! }, overrideAccess: true })
    }
  }
  const [member, admin] = await Promise.all([userId(payload, 'member@demo.balai.test'), userId(payload, 'admin@demo.balai.test')])
  if (member == null || admin == null) return
  const opening = await payload.create({
    collection: 'messages',
    data: { subject: 'Pertanyaan tentang kartu anggota', body: 'Kartu anggota saya belum bisa diunduh. Apa yang perlu saya lakukan?', member, sender: member, status: 'new' },
    overrideAccess: true,
  })
  await payload.create({
    collection: 'messages',
    data: { conversation: opening.id, body: 'Kartu dapat diunduh setelah iuran pertama terverifikasi. Silakan cek halaman iuran.', member, sender: admin, status: 'new' },
    overrideAccess: true,
  })
}
