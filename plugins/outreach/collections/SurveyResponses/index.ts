import type { CollectionConfig } from 'payload'

import { withPolicy, type Policy } from '@/access'
import { serverOnly } from '@/lib/uploads'

import { OUTREACH_ADMIN_GROUP } from '../../admin/group'

export const SURVEY_RESPONSES = 'survey-responses'

/**
 * One member's answers to one survey, written only by the answer endpoint (after the audience,
 * the dates and every answer were checked). Read only by the respondent: result viewers get the
 * aggregates, with the minimum group size applied (../../surveys/results.ts), never the rows,
 * which carry who answered, their region and their words. Never changed or removed through the
 * API. Once per member: the database's unique (survey, respondent) index decides.
 */
export const surveyResponsesPolicy: Policy = {
  create: [],
  read: [{ authenticated: true, owner: 'respondent' }],
  update: [],
  delete: [],
}

export const SurveyResponses: CollectionConfig = {
  slug: SURVEY_RESPONSES,
  labels: { singular: { id: 'Jawaban survei', en: 'Survey response' }, plural: { id: 'Jawaban survei', en: 'Survey responses' } },
  admin: { group: OUTREACH_ADMIN_GROUP, defaultColumns: ['survey', 'createdAt'], hidden: true },
  ...withPolicy(surveyResponsesPolicy),
  defaultSort: '-createdAt',
  indexes: [{ fields: ['survey', 'respondent'], unique: true }],
  fields: [
    { name: 'survey', label: { id: 'Survei', en: 'Survey' }, type: 'relationship', relationTo: 'surveys', required: true, index: true, access: serverOnly },
    { name: 'respondent', label: { id: 'Responden', en: 'Respondent' }, type: 'relationship', relationTo: 'users', required: true, index: true, access: serverOnly },
    /** `{ <question id>: option id | option ids | number | text }`. */
    { name: 'answers', label: { id: 'Jawaban', en: 'Answers' }, type: 'json', required: true, access: serverOnly },
    { name: 'respondentRegion', label: { id: 'Wilayah responden', en: 'Respondent’s region' }, type: 'relationship', relationTo: 'regions', access: serverOnly },
    { name: 'surveyRegion', label: { id: 'Wilayah survei', en: 'Survey’s region' }, type: 'relationship', relationTo: 'regions', index: true, access: serverOnly },
  ],
}
