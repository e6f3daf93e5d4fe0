'use client'

import { createContext, useContext, useId, useState } from 'react'
import type React from 'react'

import { alertClass, buttonClass, inputClass, labelClass } from '@/site/forms/styles'
import type { Lang } from '@/site/i18n'

import { texts } from '../i18n'

type Problem = { field?: string; message: string }
export type Sent = { ok: boolean; status: number; problems: Problem[]; message: string }

/**
 * POSTs to the membership API in the page's language (the server answers in it), JSON or, for
 * an upload, multipart. The problems are the server's own messages, per field when it names one.
 */
export const send = async (path: string, body: Record<string, unknown> | FormData, lang: Lang): Promise<Sent> => {
  try {
    const multipart = body instanceof FormData
    const response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'accept-language': lang, ...(multipart ? {} : { 'content-type': 'application/json' }) },
      body: multipart ? body : JSON.stringify(body),
    })
    const data = (await response.json().catch(() => ({}))) as { message?: string; errors?: Problem[] }
    const problems = (data.errors ?? []).filter((problem) => typeof problem?.message === 'string')
    return { ok: response.ok, status: response.status, problems, message: data.message ?? '' }
  } catch {
    return { ok: false, status: 0, problems: [{ message: texts(lang).networkError }], message: '' }
  }
}

const Problems = createContext<Problem[]>([])

/** The problem the server found with this field, if any. */
const useProblem = (name: string) => useContext(Problems).find((problem) => problem.field === name)?.message

/**
 * A registration step's form. Inputs are uncontrolled, so a refused answer leaves everything
 * typed in place; the problems show at the top (read out) and beside their fields. On success
 * the page reloads at `next`, where the server renders the step the candidate is at now.
 */
export const StepForm = ({
  lang,
  action,
  submitLabel,
  next,
  upload = false,
  children,
}: {
  lang: Lang
  action: string
  submitLabel: string
  next: string
  upload?: boolean
  children?: React.ReactNode
}) => {
  const [problems, setProblems] = useState<Problem[]>([])
  const [busy, setBusy] = useState(false)

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setBusy(true)
    const form = new FormData(event.currentTarget)
    let body: Record<string, unknown> | FormData
    if (upload) {
      body = new FormData()
      const file = form.get('file')
      if (file instanceof File && file.size > 0) body.append('file', file)
      body.append('_payload', '{}')
    } else {
      body = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === 'string'))
      for (const box of event.currentTarget.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) body[box.name] = box.checked
    }
    const sent = await send(action, body, lang)
    if (sent.ok) {
      window.location.assign(next)
      return
    }
    setProblems(sent.problems.length > 0 ? sent.problems : [{ message: sent.message || texts(lang).networkError }])
    setBusy(false)
  }

  return (
    <Problems.Provider value={problems}>
      <form onSubmit={submit} className="space-y-5" noValidate>
        {problems.length > 0 && (
          <div role="alert" className={alertClass}>
            <p className="font-semibold">{texts(lang).fixErrors}</p>
            <ul className="ml-5 list-disc">
              {problems.map((problem, index) => (
                <li key={index}>{problem.message}</li>
              ))}
            </ul>
          </div>
        )}
        {children}
        <button type="submit" className={buttonClass} disabled={busy} aria-busy={busy}>
          {busy ? texts(lang).working : submitLabel}
        </button>
      </form>
    </Problems.Provider>
  )
}

type InputProps = {
  name: string
  label: string
  hint?: string
  required?: boolean
  kind?: 'text' | 'email' | 'password' | 'number' | 'date' | 'file' | 'textarea'
  defaultValue?: string
  autoComplete?: string
  accept?: string
  maxLength?: number
}

const FieldFrame = ({ id, name, label, hint, required, children }: { id: string; name: string; label: string; hint?: string; required?: boolean; children: React.ReactNode }) => {
  const problem = useProblem(name)
  return (
    <div>
      {/* The marker stays outside the label, so the field's name is the label alone. */}
      <div className={labelClass}>
        <label htmlFor={id}>{label}</label>
        {required && <span aria-hidden="true"> *</span>}
      </div>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="mt-1 text-sm font-semibold text-red-800">
          {problem}
        </p>
      )}
    </div>
  )
}

const described = (id: string, hint?: string, problem?: string) => [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ') || undefined

/** A labelled input whose problem (from the server) shows beneath it. */
export const Input = ({ name, label, hint, required, kind = 'text', defaultValue, autoComplete, accept, maxLength }: InputProps) => {
  const id = useId()
  const problem = useProblem(name)
  const shared = {
    id,
    name,
    required,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': described(id, hint, problem),
    className: inputClass,
  }
  return (
    <FieldFrame id={id} name={name} label={label} hint={hint} required={required}>
      {kind === 'textarea' ? (
        <textarea {...shared} defaultValue={defaultValue} maxLength={maxLength} rows={4} />
      ) : (
        <input {...shared} type={kind} defaultValue={kind === 'file' ? undefined : defaultValue} autoComplete={autoComplete} accept={accept} maxLength={maxLength} />
      )}
    </FieldFrame>
  )
}

export const Select = ({
  name,
  label,
  required,
  options,
  defaultValue,
  placeholder,
}: {
  name: string
  label: string
  required?: boolean
  options: { value: string; label: string }[]
  defaultValue?: string
  placeholder: string
}) => {
  const id = useId()
  const problem = useProblem(name)
  return (
    <FieldFrame id={id} name={name} label={label} required={required}>
      <select id={id} name={name} required={required} defaultValue={defaultValue ?? ''} aria-invalid={problem ? true : undefined} aria-describedby={described(id, undefined, problem)} className={inputClass}>
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
}

export const Checkbox = ({ name, label, defaultChecked }: { name: string; label: string; defaultChecked?: boolean }) => {
  const id = useId()
  const problem = useProblem(name)
  return (
    <div>
      <div className="flex items-start gap-2">
        <input id={id} name={name} type="checkbox" defaultChecked={defaultChecked} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : undefined} className="mt-1 h-5 w-5" />
        <label htmlFor={id}>{label}</label>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="mt-1 text-sm font-semibold text-red-800">
          {problem}
        </p>
      )}
    </div>
  )
}
