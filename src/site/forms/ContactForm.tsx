'use client'

import { useId, useState, type FormEvent, type ReactNode } from 'react'

import { texts, type Lang } from '../i18n'

import { Honeypot, HONEYPOT_NAME } from './Honeypot'
import { postJson } from './post'
import { alertClass, buttonClass, inputClass, labelClass, successClass } from './styles'

/** One field of a form-builder form, as the page hands it over (message blocks pre-rendered). */
export type FormFieldProps =
  | { kind: 'message'; key: string; content: ReactNode }
  | {
      kind: 'text' | 'email' | 'textarea' | 'number' | 'select' | 'checkbox'
      key: string
      name: string
      label: string
      required: boolean
      width: number | null
      defaultValue?: string
      options?: Array<{ label: string; value: string }>
    }

type InputField = Exclude<FormFieldProps, { kind: 'message' }>

/** What browsers may fill in for the fields contact forms usually have. */
const autocomplete = (field: InputField) =>
  field.kind === 'email' ? 'email' : ({ name: 'name', nama: 'name', phone: 'tel', telepon: 'tel', organisation: 'organization', organisasi: 'organization' } as Record<string, string>)[field.name] ?? 'off'

const Control = ({ field, id, lang }: { field: InputField; id: string; lang: Lang }) => {
  const common = { id, name: field.name, required: field.required, defaultValue: field.defaultValue, autoComplete: autocomplete(field) }
  switch (field.kind) {
    case 'textarea':
      return <textarea {...common} rows={6} maxLength={5000} className={inputClass} />
    case 'select':
      return (
        <select {...common} className={inputClass}>
          <option value="">{texts(lang).chooseOption}</option>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )
    case 'checkbox':
      return <input id={id} name={field.name} type="checkbox" required={field.required} defaultChecked={field.defaultValue === 'true'} className="mr-2 h-5 w-5 align-middle" />
    default:
      return <input {...common} type={field.kind} maxLength={field.kind === 'number' ? undefined : 5000} className={inputClass} />
  }
}

const RequiredMark = ({ lang }: { lang: Lang }) => (
  <span className="text-red-800">
    {' '}
    <span aria-hidden="true">*</span>
    <span className="sr-only">({texts(lang).required})</span>
  </span>
)

/**
 * A form-builder form posted to /api/form-submissions. The server's refusals (400, 429) show above
 * the button in the page's language and what was typed stays; on success the form's confirmation
 * replaces it. Everything the visitor typed goes out as text and is never rendered as HTML.
 */
export const ContactForm = ({
  lang,
  formId,
  fields,
  submitLabel,
  confirmation,
}: {
  lang: Lang
  formId: number
  fields: FormFieldProps[]
  submitLabel: string | null
  confirmation: ReactNode
}) => {
  const baseId = useId()
  const [state, setState] = useState<{ phase: 'idle' | 'sending' | 'sent'; error?: string }>({ phase: 'idle' })

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const submissionData = fields
      .filter((field): field is InputField => field.kind !== 'message')
      .map((field) => ({ field: field.name, value: field.kind === 'checkbox' ? String(data.has(field.name)) : String(data.get(field.name) ?? '') }))
    setState({ phase: 'sending' })
    const outcome = await postJson(
      '/api/form-submissions',
      { form: formId, submissionData: [...submissionData, { field: HONEYPOT_NAME, value: String(data.get(HONEYPOT_NAME) ?? '') }] },
      lang,
    )
    setState(outcome.ok ? { phase: 'sent' } : { phase: 'idle', error: outcome.message || texts(lang).networkError })
  }

  if (state.phase === 'sent') {
    return (
      <div role="status" className={successClass}>
        {confirmation}
      </div>
    )
  }
  return (
    <form onSubmit={onSubmit} aria-busy={state.phase === 'sending'} className="relative grid grid-cols-1 gap-4 md:grid-cols-2" data-form="kontak">
      <p className="text-sm text-muted md:col-span-2">{texts(lang).requiredNote}</p>
      {fields.map((field) => {
        if (field.kind === 'message') return <div key={field.key} className="md:col-span-2">{field.content}</div>
        const id = `${baseId}-${field.name}`
        const wide = !field.width || field.width > 50 ? 'md:col-span-2' : ''
        if (field.kind === 'checkbox') {
          return (
            <div key={field.key} className={wide}>
              <Control field={field} id={id} lang={lang} />
              <label htmlFor={id}>
                {field.label}
                {field.required && <RequiredMark lang={lang} />}
              </label>
            </div>
          )
        }
        return (
          <div key={field.key} className={wide}>
            <label htmlFor={id} className={labelClass}>
              {field.label}
              {field.required && <RequiredMark lang={lang} />}
            </label>
            <Control field={field} id={id} lang={lang} />
          </div>
        )
      })}
      <Honeypot lang={lang} id={`${baseId}-hp`} />
      <div className="md:col-span-2" aria-live="polite">
        {state.error && (
          <p role="alert" className={alertClass}>
            {state.error}
          </p>
        )}
      </div>
      <div className="md:col-span-2">
        <button type="submit" className={buttonClass} disabled={state.phase === 'sending'}>
          {state.phase === 'sending' ? texts(lang).sending : submitLabel || texts(lang).send}
        </button>
      </div>
    </form>
  )
}
