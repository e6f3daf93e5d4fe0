import type { CollectionBeforeValidateHook } from 'payload'

import { userError } from '@/lib/messages'

import { HONEYPOT_FIELD } from '../../Subscribers/endpoints/subscribe'

/** Longest answer to one field, and to a whole form: a contact message, not a file dump. */
export const MAX_VALUE_LENGTH = 5000
export const MAX_TOTAL_LENGTH = 20000

type FormField = { blockType: string; name?: string; label?: null | string; required?: boolean | null }
type Answer = { field?: unknown; value?: unknown }

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/

/**
 * A submission answers the form it names: known fields once each, required ones filled, emails
 * shaped like emails, nothing absurdly long. Values are kept as the visitor typed them (plain
 * text); whoever renders them escapes them.
 */
export const checkSubmission: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data?.form) return data
  const form = await req.payload.findByID({
    collection: 'forms',
    id: typeof data.form === 'object' ? data.form.id : data.form,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  // An unknown form is refused by the relationship's own validation.
  if (!form) return data

  const fields = ((form.fields ?? []) as FormField[]).filter((field) => field.blockType !== 'message' && field.name)
  const byName = new Map(fields.map((field) => [field.name!, field]))
  const answers: Answer[] = Array.isArray(data.submissionData) ? data.submissionData : []
  const seen = new Set<string>()
  let total = 0
  // The site's forms send their honeypot as an answer: empty from people, filled by bots.
  const honeypot = byName.has(HONEYPOT_FIELD) ? undefined : answers.find((answer) => answer.field === HONEYPOT_FIELD)
  if (honeypot && String(honeypot.value ?? '').trim()) req.context.honeypot = true
  const submissionData = answers.filter((answer) => answer !== honeypot).map(({ field, value }) => {
    const name = typeof field === 'string' ? field : ''
    const definition = byName.get(name)
    if (!definition || seen.has(name)) {
      throw userError(req, 400, { id: `Kolom "${name.slice(0, 50)}" tidak dikenal.`, en: `Unknown field "${name.slice(0, 50)}".` })
    }
    seen.add(name)
    const text = value == null ? '' : String(value)
    total += text.length
    if (text.length > MAX_VALUE_LENGTH || total > MAX_TOTAL_LENGTH) {
      throw userError(req, 400, {
        id: `Isian "${definition.label ?? name}" terlalu panjang (paling banyak ${MAX_VALUE_LENGTH} karakter).`,
        en: `"${definition.label ?? name}" is too long (at most ${MAX_VALUE_LENGTH} characters).`,
      })
    }
    if (definition.blockType === 'email' && text && !EMAIL.test(text)) {
      throw userError(req, 400, { id: 'Alamat email tidak valid.', en: 'The email address is not valid.' })
    }
    return { field: name, value: text }
  })
  const missing = fields.find((field) => field.required && !submissionData.some((answer) => answer.field === field.name && answer.value.trim()))
  if (missing) {
    throw userError(req, 400, {
      id: `"${missing.label ?? missing.name}" wajib diisi.`,
      en: `"${missing.label ?? missing.name}" is required.`,
    })
  }
  return { ...data, submissionData }
}
