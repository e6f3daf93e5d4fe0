'use client'

import { useState } from 'react'

import { defineTexts, type Lang } from '@/lib/i18n'
import { buttonClass, Notice } from '@/site/member/Field'

import { textLimits } from '../surveys/labels'
import type { Answer, SurveyQuestion } from '../surveys/types'

const texts = defineTexts({
  required: { id: ' (wajib)', en: ' (required)' },
  checkAnswers: { id: (count: number) => `Periksa ${count} jawaban di bawah.`, en: (count: number) => `Please check ${count} answer(s) below.` },
  failed: { id: 'Gagal mengirim.', en: 'That did not work.' },
  unreachable: { id: 'Server tidak dapat dihubungi.', en: 'The server cannot be reached.' },
  sending: { id: 'Mengirim…', en: 'Sending…' },
  send: { id: 'Kirim jawaban', en: 'Send answers' },
})

type Errors = Record<string, string>

const inputClass = 'mt-1 block w-full rounded border border-muted/50 bg-white px-3 py-2'

/** One question as a fieldset: radios, checkboxes, a scale of radios, or a text box; its error below it. */
const QuestionField = ({ question, index, value, error, onChange, lang }: { question: SurveyQuestion; index: number; value: Answer | undefined; error?: string; onChange: (value: Answer) => void; lang: Lang }) => {
  const id = `q-${question.id}`
  const errorId = `${id}-error`
  const describedBy = error ? errorId : undefined
  const legend = (
    <legend className="font-semibold">
      {`${index + 1}. ${question.label}`}
      {question.required && (
        <span className="ml-1 text-red-800" aria-hidden="true">
          *
        </span>
      )}
      {question.required && <span className="sr-only">{texts(lang).required}</span>}
    </legend>
  )
  let control: React.ReactNode
  if (question.kind === 'single' || question.kind === 'multiple') {
    const multiple = question.kind === 'multiple'
    const chosen = new Set(Array.isArray(value) ? value : value != null ? [String(value)] : [])
    control = (question.options ?? []).map((option) => (
      <label key={option.id} className="mt-1 flex items-center gap-2">
        <input
          type={multiple ? 'checkbox' : 'radio'}
          name={id}
          value={String(option.id)}
          checked={chosen.has(String(option.id))}
          aria-describedby={describedBy}
          onChange={(event) => {
            if (!multiple) return onChange(String(option.id))
            const next = new Set(chosen)
            if (event.target.checked) next.add(String(option.id))
            else next.delete(String(option.id))
            onChange([...next])
          }}
        />
        {option.label}
      </label>
    ))
  } else if (question.kind === 'scale') {
    const min = question.scaleMin ?? 1
    const max = question.scaleMax ?? 5
    control = (
      <div className="mt-1 flex flex-wrap items-center gap-3">
        {question.minLabel && <span className="text-sm text-muted">{question.minLabel}</span>}
        {Array.from({ length: max - min + 1 }, (_, i) => min + i).map((step) => (
          <label key={step} className="flex flex-col items-center">
            <input type="radio" name={id} value={step} checked={value === step} aria-describedby={describedBy} onChange={() => onChange(step)} />
            {step}
          </label>
        ))}
        {question.maxLabel && <span className="text-sm text-muted">{question.maxLabel}</span>}
      </div>
    )
  } else {
    const long = question.kind === 'long_text'
    const props = { id, name: id, value: typeof value === 'string' ? value : '', maxLength: textLimits[question.kind], 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, className: inputClass }
    control = long ? <textarea rows={5} {...props} onChange={(event) => onChange(event.target.value)} /> : <input type="text" {...props} onChange={(event) => onChange(event.target.value)} />
  }
  return (
    <fieldset className={`rounded-lg bg-white p-4 shadow ${error ? 'border border-red-700' : ''}`} data-testid={`question-${index + 1}`}>
      {legend}
      {control}
      {error && (
        <p id={errorId} className="mt-2 text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  )
}

/**
 * The survey's form. The server checks every answer; its per-question messages appear under their
 * questions, and everything typed or chosen stays. On success the thanks replace the form, so
 * it cannot be sent again (the server page, on its next load, says it was answered).
 */
export const SurveyForm = ({ lang, surveyId, questions }: { lang: Lang; surveyId: number; questions: SurveyQuestion[] }) => {
  const [answers, setAnswers] = useState<Record<string, Answer>>({})
  const [errors, setErrors] = useState<Errors>({})
  const [notice, setNotice] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const [thanks, setThanks] = useState<string | null>(null)

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setPending(true)
    try {
      const response = await fetch(`/api/surveys/${surveyId}/respond`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify({ answers }),
      })
      const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: Array<{ field?: string; message?: string }> }
      if (response.ok) {
        setThanks(body.message ?? '')
        return
      }
      const byField = Object.fromEntries((body.errors ?? []).filter((e) => e.field).map((e) => [e.field!, e.message ?? '']))
      setErrors(byField)
      const count = Object.keys(byField).length
      setNotice(
        count > 0 ? texts(lang).checkAnswers(count) : (body.errors?.[0]?.message ?? texts(lang).failed),
      )
    } catch {
      setNotice(texts(lang).unreachable)
    } finally {
      setPending(false)
    }
  }

  if (thanks) return <Notice kind="ok">{thanks}</Notice>
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {notice && <Notice kind="error">{notice}</Notice>}
      {questions.map((question, index) => (
        <QuestionField
          key={question.id}
          question={question}
          index={index}
          value={answers[String(question.id)]}
          error={errors[String(question.id)]}
          lang={lang}
          onChange={(value) => setAnswers((current) => ({ ...current, [String(question.id)]: value }))}
        />
      ))}
      <button type="submit" className={buttonClass} disabled={pending} aria-busy={pending}>
        {pending ? texts(lang).sending : texts(lang).send}
      </button>
    </form>
  )
}
