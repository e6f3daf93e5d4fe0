import type { FlattenedField, Payload } from 'payload'

import type { Text } from '@/lib/messages'
import { isStrongPassword, passwordRuleText } from '@/lib/password-rule'

import { MEMBERS } from '../collections/Members'
import { stateFieldDefaults } from '../collections/Members/hooks/guardStateFields'
import { membershipSettings } from '../options'

/** A member field as the registration form shows it. */
export type FormField = {
  name: string
  label: Text
  kind: 'text' | 'textarea' | 'select' | 'date' | 'number' | 'email'
  options?: { value: string; label: Text }[]
  maxLength?: number
}

/** One requirement: one field, or a choice of fields of which at least one must be filled. */
export type FormGroup = { fields: FormField[]; oneOf: boolean }

export type FieldError = { field: string; text: Text }

/** Never filled in by the registrant, whatever the options list: the board's and the system's. */
const notForRegistrants = new Set([
  ...Object.keys(stateFieldDefaults),
  'user',
  'region',
  'deletedAt',
  'registrationStep',
  'emailVerification',
  'agreedToTermsAt',
  'agreedToPrivacyAt',
  'adminNotes',
  'duesMethod',
  'duesAmount',
  'duesStatus',
  'duesLastPaidAt',
  'branchName',
  'unionPosition',
  'membershipStartDate',
  'membershipEndDate',
])

const kinds = new Set<FormField['kind']>(['text', 'textarea', 'select', 'date', 'number', 'email'])

const textOf = (label: unknown, fallback: string): Text => {
  if (typeof label === 'string') return { id: label, en: label }
  if (label && typeof label === 'object') {
    const { id, en } = label as Partial<Text>
    return { id: id ?? en ?? fallback, en: en ?? id ?? fallback }
  }
  return { id: fallback, en: fallback }
}

const formField = (field: FlattenedField): FormField | null => {
  if (!kinds.has(field.type as FormField['kind']) || notForRegistrants.has(field.name)) return null
  const base = { name: field.name, label: textOf('label' in field ? field.label : null, field.name), kind: field.type as FormField['kind'] }
  if (field.type === 'select') {
    return {
      ...base,
      options: field.options.map((option) =>
        typeof option === 'string' ? { value: option, label: { id: option, en: option } } : { value: option.value, label: textOf(option.label, option.value) },
      ),
    }
  }
  return 'maxLength' in field && typeof field.maxLength === 'number' ? { ...base, maxLength: field.maxLength } : base
}

/**
 * The data step's fields: the plugin's `requiredFields`, read
 * from the members collection as configured, so a field another plugin adds can be required too.
 */
export const registrationGroups = (payload: Payload): FormGroup[] => {
  const byName = new Map(payload.collections[MEMBERS].config.flattenedFields.map((field) => [field.name, field]))
  const required = membershipSettings(payload.config)?.requiredFields ?? []
  return required
    .map((requirement) => {
      const names = Array.isArray(requirement) ? requirement : [requirement]
      const fields = names.map((name) => byName.get(name)).flatMap((field) => (field ? [formField(field)].filter((f): f is FormField => f !== null) : []))
      return { fields, oneOf: Array.isArray(requirement) && fields.length > 1 }
    })
    .filter((group) => group.fields.length > 0)
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const PHONE = /^\+?[0-9 ()-]{6,20}$/

const blank = (value: unknown) => value == null || (typeof value === 'string' && value.trim() === '')

/** One field's value as stored, or why it is refused. */
const parseValue = (field: FormField, raw: unknown): { value: unknown } | { error: Text } => {
  const { id, en } = field.label
  const value = typeof raw === 'string' ? raw.trim() : raw
  switch (field.kind) {
    case 'select':
      return field.options?.some((option) => option.value === value)
        ? { value }
        : { error: { id: `Pilihan untuk ${id} tidak dikenal.`, en: `Unknown choice for ${en}.` } }
    case 'number': {
      const number = typeof value === 'number' ? value : Number(String(value).replace(/[.\s]/g, '').replace(',', '.'))
      return Number.isFinite(number) && number >= 0 ? { value: number } : { error: { id: `${id} harus berupa angka.`, en: `${en} must be a number.` } }
    }
    case 'date':
      return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? { value }
        : { error: { id: `${id} harus berupa tanggal (TTTT-BB-HH).`, en: `${en} must be a date (YYYY-MM-DD).` } }
    default: {
      if (typeof value !== 'string') return { error: { id: `${id} tidak valid.`, en: `${en} is not valid.` } }
      if (field.maxLength && value.length > field.maxLength) {
        return { error: { id: `${id} paling panjang ${field.maxLength} karakter.`, en: `${en} may have at most ${field.maxLength} characters.` } }
      }
      if (/phone/i.test(field.name) && !PHONE.test(value)) {
        return { error: { id: `${id} hanya boleh berisi angka (boleh diawali +), 6–20 karakter.`, en: `${en} may contain digits only (a leading + is fine), 6–20 characters.` } }
      }
      return { value }
    }
  }
}

/**
 * Checks the data step's answers against the groups: every required field filled, at least one
 * of each choice, each value of its kind. Only these fields are taken from the request.
 */
export const readRegistrationData = (groups: FormGroup[], body: Record<string, unknown>) => {
  const data: Record<string, unknown> = {}
  const errors: FieldError[] = []
  for (const group of groups) {
    const filled = group.fields.filter((field) => !blank(body[field.name]))
    if (filled.length === 0) {
      const [first] = group.fields
      errors.push({
        field: first.name,
        text: group.oneOf
          ? {
              id: `Isi salah satu: ${group.fields.map((field) => field.label.id).join(' atau ')}.`,
              en: `Fill in one of: ${group.fields.map((field) => field.label.en).join(' or ')}.`,
            }
          : { id: `${first.label.id} wajib diisi.`, en: `${first.label.en} is required.` },
      })
    }
    for (const field of group.fields) {
      if (blank(body[field.name])) {
        data[field.name] = null
        continue
      }
      const parsed = parseValue(field, body[field.name])
      if ('error' in parsed) errors.push({ field: field.name, text: parsed.error })
      else data[field.name] = parsed.value
    }
  }
  return { data, errors }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export type Credentials = { fullName: string; email: string; password: string }

/** The account step: name, a valid email, a strong password typed twice. */
export const readCredentials = (body: Record<string, unknown>): { credentials: Credentials; errors: FieldError[] } => {
  const str = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '')
  const fullName = str('fullName').trim()
  const email = str('email').trim().toLowerCase()
  const password = str('password')
  const errors: FieldError[] = []
  if (!fullName) errors.push({ field: 'fullName', text: { id: 'Nama lengkap wajib diisi.', en: 'Your full name is required.' } })
  else if (fullName.length > 120) errors.push({ field: 'fullName', text: { id: 'Nama lengkap paling panjang 120 karakter.', en: 'The full name may have at most 120 characters.' } })
  if (!EMAIL.test(email) || email.length > 150) errors.push({ field: 'email', text: { id: 'Masukkan alamat email yang valid.', en: 'Enter a valid email address.' } })
  if (!isStrongPassword(password)) errors.push({ field: 'password', text: passwordRuleText })
  else if (password !== str('passwordConfirm')) {
    errors.push({ field: 'passwordConfirm', text: { id: 'Konfirmasi kata sandi tidak sama.', en: 'The password confirmation does not match.' } })
  }
  return { credentials: { fullName, email, password }, errors }
}
