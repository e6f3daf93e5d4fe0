import type { CollectionConfig, Where } from 'payload'

import { withPermission, withPolicy, type Policy } from '@/access'

import { OUTREACH_ADMIN_GROUP } from '../../admin/group'
import { audienceOptions, questionKindOptions, surveyStatusOptions } from '../../surveys/labels'
import { checkSurvey } from './hooks/checkSurvey'

export const SURVEYS = 'surveys'

/** Open or closed: past its draft, members may see it (and why it can no longer be filled). */
const published: Where = { or: [{ status: { equals: 'open' } }, { status: { equals: 'closed' } }] }

/**
 * Staff with `survey.create` build surveys (coordinators: their region's only, through the
 * region field); members read the published ones (which of them they may fill is decided per
 * member, see `outreach/surveys/audience.ts`), candidates (`membership.status.view`) the ones
 * assigned to candidates. Only drafts are deleted: an opened survey keeps its answers.
 */
export const surveysPolicy: Policy = {
  regionField: 'region',
  create: [withPermission('survey.create')],
  read: [
    withPermission('survey.create'),
    withPermission('survey.view_results'),
    withPermission('survey.fill', { where: published }),
    withPermission('membership.status.view', { where: { and: [published, { audience: { equals: 'candidates' } }] } }),
  ],
  update: [withPermission('survey.create')],
  delete: [withPermission('survey.create', { where: { status: { equals: 'draft' } } })],
}

const optionFields: CollectionConfig['fields'] = [
  { name: 'label', label: { id: 'Pilihan', en: 'Option' }, type: 'text', required: true, maxLength: 200 },
]

export const Surveys: CollectionConfig = {
  slug: SURVEYS,
  labels: { singular: { id: 'Survei', en: 'Survey' }, plural: { id: 'Survei', en: 'Surveys' } },
  admin: {
    group: OUTREACH_ADMIN_GROUP,
    useAsTitle: 'title',
    defaultColumns: ['title', 'audience', 'region', 'status', 'opensAt', 'closesAt'],
  },
  ...withPolicy(surveysPolicy),
  defaultSort: '-createdAt',
  hooks: { beforeChange: [checkSurvey] },
  fields: [
    { name: 'title', label: { id: 'Judul', en: 'Title' }, type: 'text', required: true, maxLength: 200 },
    { name: 'description', label: { id: 'Keterangan', en: 'Description' }, type: 'textarea', maxLength: 4000 },
    {
      name: 'questions',
      label: { id: 'Pertanyaan', en: 'Questions' },
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 100,
      labels: { singular: { id: 'Pertanyaan', en: 'Question' }, plural: { id: 'Pertanyaan', en: 'Questions' } },
      fields: [
        { name: 'label', label: { id: 'Pertanyaan', en: 'Question' }, type: 'text', required: true, maxLength: 300 },
        {
          type: 'row',
          fields: [
            { name: 'kind', label: { id: 'Jenis', en: 'Kind' }, type: 'select', required: true, defaultValue: 'single', options: questionKindOptions },
            { name: 'required', label: { id: 'Wajib dijawab', en: 'Required' }, type: 'checkbox', defaultValue: false },
          ],
        },
        {
          name: 'options',
          label: { id: 'Pilihan jawaban', en: 'Options' },
          type: 'array',
          maxRows: 30,
          fields: optionFields,
          admin: { condition: (_, row) => row?.kind === 'single' || row?.kind === 'multiple' },
        },
        {
          type: 'row',
          admin: { condition: (_, row) => row?.kind === 'scale' },
          fields: [
            { name: 'scaleMin', label: { id: 'Skala dari', en: 'Scale from' }, type: 'number', defaultValue: 1, min: 0, max: 10 },
            { name: 'scaleMax', label: { id: 'Skala sampai', en: 'Scale to' }, type: 'number', defaultValue: 5, min: 1, max: 10 },
            { name: 'minLabel', label: { id: 'Label terendah', en: 'Lowest label' }, type: 'text', maxLength: 60 },
            { name: 'maxLabel', label: { id: 'Label tertinggi', en: 'Highest label' }, type: 'text', maxLength: 60 },
          ],
        },
      ],
    },
    {
      name: 'audience',
      label: { id: 'Peserta', en: 'Audience' },
      type: 'select',
      required: true,
      defaultValue: 'members',
      options: audienceOptions,
      admin: { position: 'sidebar' },
    },
    {
      name: 'region',
      label: { id: 'Wilayah', en: 'Region' },
      type: 'relationship',
      relationTo: 'regions',
      index: true,
      admin: { position: 'sidebar', condition: (data) => data?.audience === 'region' },
    },
    // A link to the results view, for those who may see it (the view checks again).
    { name: 'resultsLink', type: 'ui', admin: { position: 'sidebar', components: { Field: '/plugins/outreach/admin/ResultsLink#ResultsLink' } } },
    { name: 'status', label: { id: 'Status', en: 'Status' }, type: 'select', required: true, defaultValue: 'draft', index: true, options: surveyStatusOptions, admin: { position: 'sidebar' } },
    { name: 'opensAt', label: { id: 'Dibuka pada', en: 'Opens at' }, type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'closesAt', label: { id: 'Ditutup pada', en: 'Closes at' }, type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
