import type { Option } from 'payload'

import type { Text } from '@/lib/messages'

export const questionKinds = ['single', 'multiple', 'scale', 'short_text', 'long_text'] as const
export type QuestionKind = (typeof questionKinds)[number]

const option = (value: string, label: Text): Option => ({ value, label })

export const questionKindOptions: Option[] = [
  option('single', { id: 'Pilihan tunggal', en: 'Single choice' }),
  option('multiple', { id: 'Pilihan ganda', en: 'Multiple choice' }),
  option('scale', { id: 'Skala', en: 'Scale' }),
  option('short_text', { id: 'Teks singkat', en: 'Short text' }),
  option('long_text', { id: 'Teks panjang', en: 'Long text' }),
]

export const audienceOptions: Option[] = [
  option('members', { id: 'Semua anggota', en: 'All members' }),
  option('region', { id: 'Anggota satu wilayah', en: 'Members of one region' }),
  option('candidates', { id: 'Calon anggota', en: 'Candidates' }),
]

export const surveyStatusOptions: Option[] = [
  option('draft', { id: 'Draf', en: 'Draft' }),
  option('open', { id: 'Dibuka', en: 'Open' }),
  option('closed', { id: 'Ditutup', en: 'Closed' }),
]

/** Longest answer per text kind. */
export const textLimits = { short_text: 200, long_text: 4000 } as const
