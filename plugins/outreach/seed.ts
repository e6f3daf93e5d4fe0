import { createLocalReq, type Payload } from 'payload'

import type { DemoSeeder } from '@/seed/extensions'

import { fanOut } from './broadcasts/fanout'

const SURVEY_TITLE = 'Survei kepuasan anggota 2026'

const exists = async (payload: Payload, collection: 'surveys' | 'broadcasts', title: string) =>
  (await payload.count({ collection, where: { title: { equals: title } }, overrideAccess: true })).totalDocs > 0

const demoSurvey = {
  title: SURVEY_TITLE,
  description: 'Bantu pengurus memahami kebutuhan anggota. Jawaban Anda tidak ditampilkan bersama nama Anda.',
  audience: 'members' as const,
  status: 'open' as const,
  closesAt: new Date(Date.now() + 60 * 24 * 3600 * 1000).toISOString(),
  questions: [
    { label: 'Seberapa puas Anda dengan layanan serikat?', kind: 'scale' as const, required: true, scaleMin: 1, scaleMax: 5, minLabel: 'Tidak puas', maxLabel: 'Sangat puas' },
    { label: 'Isu apa yang paling penting bagi Anda?', kind: 'single' as const, required: true, options: [{ label: 'Upah' }, { label: 'Status kepegawaian' }, { label: 'Beban kerja' }] },
    { label: 'Kegiatan apa yang ingin Anda ikuti?', kind: 'multiple' as const, required: false, options: [{ label: 'Pelatihan' }, { label: 'Diskusi' }, { label: 'Advokasi' }] },
    { label: 'Saran untuk pengurus', kind: 'long_text' as const, required: false },
  ],
}

/**
 * Union demo: an open survey for all members and two broadcasts (to everyone, to the first region)
 * whose notifications are written at once, without email. Idempotent by title.
 */
export const seedOutreach: DemoSeeder = async (payload, { kind, accounts, regionIds }) => {
  if (kind !== 'union') return
  if (!(await exists(payload, 'surveys', SURVEY_TITLE))) await payload.create({ collection: 'surveys', data: demoSurvey, overrideAccess: true })
  const admin = accounts.find((account) => account.role === 'admin')
  if (!admin) return
  const user = await payload.findByID({ collection: 'users', id: admin.id, depth: 1, overrideAccess: true })
  const broadcasts = [
    { title: 'Selamat datang di portal anggota', body: 'Mulai sekarang pengumuman pengurus juga tampil di sini. Silakan isi survei kepuasan anggota.', audience: 'all' as const },
    ...(regionIds[0] ? [{ title: 'Rapat wilayah bulan ini', body: 'Rapat anggota wilayah diadakan Sabtu depan pukul 10.00 di sekretariat.', audience: 'region' as const, region: regionIds[0] }] : []),
  ]
  for (const broadcast of broadcasts) {
    if (await exists(payload, 'broadcasts', broadcast.title)) continue
    const doc = await payload.create({ collection: 'broadcasts', data: { ...broadcast, sendEmail: false, status: 'queued' }, user: { ...user, collection: 'users' }, overrideAccess: true })
    // Written now, so the demo shows them before the job worker's first tick (the job then finds it done).
    await fanOut(await createLocalReq({}, payload), doc.id, async () => {})
  }
}
