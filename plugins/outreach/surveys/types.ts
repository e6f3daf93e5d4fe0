import type { QuestionKind } from './labels'

/** A survey as the answer checks and the results read it (the stored document, depth 0). */
export type SurveyQuestion = {
  id?: string | null
  label: string
  kind: QuestionKind
  required?: boolean | null
  options?: Array<{ id?: string | null; label: string }> | null
  scaleMin?: number | null
  scaleMax?: number | null
  minLabel?: string | null
  maxLabel?: string | null
}

export type SurveyDoc = {
  id: number
  title: string
  description?: string | null
  questions: SurveyQuestion[]
  audience: 'members' | 'region' | 'candidates'
  region?: number | { id: number } | null
  status: 'draft' | 'open' | 'closed'
  opensAt?: string | null
  closesAt?: string | null
}

/** What a member's answer to one question may be. */
export type Answer = string | string[] | number
