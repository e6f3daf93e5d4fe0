import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import type { CollectionConfig, Field, FieldHook, Plugin } from 'payload'

import { anyone, can, explicit, nobody, withPermission, withPolicy, withRole, type Policy } from '@/access'
import { validateSlug } from '@/lib/slug'
import { revalidateCollection } from '@/lib/revalidate'

import { checkSubmission, MAX_VALUE_LENGTH } from './hooks/checkSubmission'
import { discardHoneypot } from './hooks/discardHoneypot'
import { limitSubmissions } from './hooks/limitSubmissions'

/** The public needs a form to fill it in; `settings.manage` builds them. */
export const formsPolicy: Policy = {
  create: [withPermission('settings.manage')],
  read: [anyone],
  update: [withPermission('settings.manage')],
  delete: [withPermission('settings.manage')],
}

/** Anyone may write to the inbox (rate-limited); only the inbox's staff read and answer it. */
export const formSubmissionsPolicy: Policy = {
  create: [anyone],
  read: [withPermission('complaint.view_inbox')],
  update: [withPermission('complaint.respond')],
  delete: [withPermission('complaint.respond')],
}

const responder = explicit(async ({ req }: { req: Parameters<FieldHook>[0]['req'] }) => can(await withRole(req), 'complaint.respond'))
/** Handling fields: a visitor's submission cannot set them; responders can, `repliedAt` nobody. */
const handling = { create: responder, update: responder }
/** What the visitor wrote stays as written. */
const asSubmitted = { update: nobody }

/** Set when a reply is first written, kept afterwards. */
const firstReplied: FieldHook = ({ originalDoc, siblingData }) =>
  originalDoc?.repliedAt ?? (typeof siblingData.reply === 'string' && siblingData.reply.trim() ? new Date().toISOString() : null)

const inboxFields: Field[] = [
  {
    name: 'status',
    label: { id: 'Status', en: 'Status' },
    type: 'select',
    required: true,
    defaultValue: 'new',
    index: true,
    access: handling,
    options: [
      { value: 'new', label: { id: 'Baru', en: 'New' } },
      { value: 'in_progress', label: { id: 'Diproses', en: 'In progress' } },
      { value: 'closed', label: { id: 'Selesai', en: 'Closed' } },
    ],
    admin: { position: 'sidebar' },
  },
  {
    name: 'assignee',
    label: { id: 'Ditangani oleh', en: 'Assigned to' },
    type: 'relationship',
    relationTo: 'users',
    access: handling,
    filterOptions: { 'role.staff': { equals: true } },
    admin: { position: 'sidebar' },
  },
  { name: 'reply', label: { id: 'Balasan', en: 'Reply' }, type: 'textarea', maxLength: 10000, access: handling },
  {
    name: 'repliedAt',
    label: { id: 'Dibalas pada', en: 'Replied at' },
    type: 'date',
    access: { create: nobody, update: nobody },
    hooks: { beforeChange: [firstReplied] },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
]

/**
 * The submitted answers: read-only after submission, bounded in size (the hook gives the clearer
 * message; these limits hold for any path around it).
 */
const boundedSubmission = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (!('name' in field)) return field
    if (field.name === 'form' && field.type === 'relationship') return { ...field, access: asSubmitted }
    if (field.name !== 'submissionData' || field.type !== 'array') return field
    return {
      ...field,
      label: { id: 'Isian', en: 'Answers' },
      access: asSubmitted,
      maxRows: 30,
      fields: field.fields.map((sub) =>
        'name' in sub && sub.name === 'field' && sub.type === 'text'
          ? { ...sub, maxLength: 100 }
          : 'name' in sub && sub.name === 'value' && sub.type === 'textarea'
            ? { ...sub, maxLength: MAX_VALUE_LENGTH }
            : sub,
      ),
    }
  })

/**
 * Forms keep their fields and on-page confirmation message only: no redirect to other sites, and
 * no emails (their recipients could be filled from what a visitor typed).
 */
const withoutRedirectsOrEmails = (fields: Field[]): Field[] =>
  fields
    .filter((field) => !('name' in field) || !['redirect', 'emails', 'confirmationType'].includes(field.name))
    .map((field) =>
      'name' in field && field.name === 'confirmationMessage' && field.type === 'richText'
        ? { ...field, admin: { ...field.admin, condition: undefined } }
        : field,
    )

/** How the site finds its forms ("kontak" for the contact page), whatever their titles say. */
const formKey: Field = {
  name: 'key',
  label: { id: 'Kunci', en: 'Key' },
  type: 'text',
  unique: true,
  index: true,
  maxLength: 50,
  validate: validateSlug,
  admin: { position: 'sidebar', description: { id: 'Dipakai situs untuk menemukan formulir ini, mis. "kontak".', en: 'How the site finds this form, e.g. "kontak".' } },
}

/** Drops the plugin's email hook (it puts it first): with the `emails` field gone it has nothing to send. */
const withoutEmailHook = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, afterChange: collection.hooks?.afterChange?.slice(1) },
})

const formsRevalidate = revalidateCollection(() => true)

/**
 * The contact inbox (seed `cms_contact_messages`) on `@payloadcms/plugin-form-builder`: `forms`
 * and `form-submissions` with a status, an assignee and a reply.
 */
export const contactInbox = (): Plugin => async (config) => {
  const withForms = await formBuilderPlugin({
    fields: { payment: false, upload: false, country: false, state: false, date: false },
    formOverrides: {
      labels: { singular: { id: 'Formulir', en: 'Form' }, plural: { id: 'Formulir', en: 'Forms' } },
      admin: { group: { id: 'Kotak Masuk', en: 'Inbox' } },
      ...withPolicy(formsPolicy),
      // The contact page shows the form: an edit shows there at once.
      hooks: { afterChange: [formsRevalidate.afterChange], afterDelete: [formsRevalidate.afterDelete] },
      fields: ({ defaultFields }) => [...withoutRedirectsOrEmails(defaultFields), formKey],
    },
    formSubmissionOverrides: {
      labels: { singular: { id: 'Pesan masuk', en: 'Message' }, plural: { id: 'Pesan masuk', en: 'Messages' } },
      admin: { group: { id: 'Kotak Masuk', en: 'Inbox' }, defaultColumns: ['form', 'status', 'assignee', 'createdAt'] },
      ...withPolicy(formSubmissionsPolicy),
      hooks: { beforeOperation: [limitSubmissions], beforeValidate: [checkSubmission], afterChange: [discardHoneypot] },
      fields: ({ defaultFields }) => [...boundedSubmission(defaultFields), ...inboxFields],
    },
  })(config)
  return {
    ...withForms,
    collections: withForms.collections?.map((collection) =>
      collection.slug === 'form-submissions' ? withoutEmailHook(collection) : collection,
    ),
  }
}
