import type { CollectionBeforeChangeHook } from 'payload'

import { userError } from '@/lib/messages'

type Question = { label?: string; kind?: string; options?: Array<{ label?: string }> | null; scaleMin?: number | null; scaleMax?: number | null }

/**
 * A survey members can answer: choice questions with at least two options, a scale whose ends
 * are in order, a region for a regional audience (and none otherwise), a closing date after the
 * opening one. Refused with a 400 naming the question.
 */
export const checkSurvey: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data } as { questions?: Question[]; audience?: string; region?: unknown; opensAt?: string | null; closesAt?: string | null }
  ;(merged.questions ?? []).forEach((question, index) => {
    const n = index + 1
    if ((question.kind === 'single' || question.kind === 'multiple') && (question.options?.length ?? 0) < 2) {
      throw userError(req, 400, { id: `Pertanyaan ${n}: beri sedikitnya dua pilihan.`, en: `Question ${n}: give at least two options.` })
    }
    if (question.kind === 'scale' && !((question.scaleMin ?? 1) < (question.scaleMax ?? 5))) {
      throw userError(req, 400, { id: `Pertanyaan ${n}: ujung atas skala harus lebih besar dari ujung bawah.`, en: `Question ${n}: the top of the scale must be above its bottom.` })
    }
  })
  if (merged.audience === 'region' && !merged.region) {
    throw userError(req, 400, { id: 'Pilih wilayah peserta survei.', en: 'Choose the region of the survey’s audience.' })
  }
  if (merged.audience !== 'region' && merged.region && data.audience !== undefined) data.region = null
  if (merged.opensAt && merged.closesAt && new Date(merged.closesAt) <= new Date(merged.opensAt)) {
    throw userError(req, 400, { id: 'Tanggal tutup harus setelah tanggal buka.', en: 'The closing date must be after the opening date.' })
  }
  return data
}
