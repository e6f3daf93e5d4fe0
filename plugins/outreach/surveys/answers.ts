import type { Text } from '@/lib/messages'

import { textLimits } from './labels'
import type { Answer, SurveyQuestion } from './types'

export type AnswerError = { field: string; text: Text }

const missing: Text = { id: 'Pertanyaan ini wajib dijawab.', en: 'This question is required.' }
const unknownOption: Text = { id: 'Pilih salah satu pilihan yang tersedia.', en: 'Choose one of the options given.' }

const isBlank = (value: unknown) => value == null || value === '' || (Array.isArray(value) && value.length === 0)

/** One question's answer, or the reason it is refused; `undefined` = left empty (allowed). */
const checkOne = (question: SurveyQuestion, raw: unknown): { value?: Answer; error?: Text } => {
  if (isBlank(raw)) return question.required ? { error: missing } : {}
  const optionIds = new Set((question.options ?? []).map((option) => String(option.id)))
  switch (question.kind) {
    case 'single':
      return typeof raw === 'string' && optionIds.has(raw) ? { value: raw } : { error: unknownOption }
    case 'multiple': {
      const values = Array.isArray(raw) ? raw : [raw]
      if (!values.every((value) => typeof value === 'string' && optionIds.has(value))) return { error: unknownOption }
      return { value: [...new Set(values as string[])] }
    }
    case 'scale': {
      const min = question.scaleMin ?? 1
      const max = question.scaleMax ?? 5
      const value = typeof raw === 'string' ? Number(raw) : raw
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        return { error: { id: `Pilih angka dari ${min} sampai ${max}.`, en: `Choose a number from ${min} to ${max}.` } }
      }
      return { value }
    }
    default: {
      if (typeof raw !== 'string') return { error: { id: 'Jawaban harus berupa teks.', en: 'The answer must be text.' } }
      const text = raw.trim()
      const limit = textLimits[question.kind]
      if (!text) return question.required ? { error: missing } : {}
      if (text.length > limit) return { error: { id: `Paling panjang ${limit} karakter.`, en: `At most ${limit} characters.` } }
      return { value: text }
    }
  }
}

/**
 * A member's answers checked against the survey's questions: required ones present, choices
 * among the options, scales within bounds, texts within their length. Keys that are not the
 * survey's questions are dropped. Errors name the question (its id) for the form to show.
 */
export const checkAnswers = (questions: SurveyQuestion[], body: unknown) => {
  const given = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
  const answers: Record<string, Answer> = {}
  const errors: AnswerError[] = []
  for (const question of questions) {
    const key = String(question.id)
    const { value, error } = checkOne(question, given[key])
    if (error) errors.push({ field: key, text: error })
    else if (value !== undefined) answers[key] = value
  }
  return { answers, errors }
}
