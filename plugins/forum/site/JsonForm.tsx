'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import type React from 'react'

import { postJson } from '@/site/forms/post'
import { alertClass, buttonClass } from '@/site/forms/styles'
import type { Lang } from '@/site/i18n'

import { texts } from './text'

/**
 * A small form posting JSON to the API in the page's language: the named fields (checkboxes as
 * booleans) plus `extra`. The server's own message is shown on a refusal, with what was typed
 * left in place; on success the page reloads, or opens `next(doc)`.
 */
export const JsonForm = ({
  lang,
  action,
  extra = {},
  submitLabel,
  next,
  className,
  children,
}: {
  lang: Lang
  action: string
  extra?: Record<string, unknown>
  submitLabel: string
  next?: string
  className?: string
  children?: React.ReactNode
}) => {
  const router = useRouter()
  const [error, setError] = useState('')
  const [pending, setPending] = useState(false)

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const body: Record<string, unknown> = { ...extra }
    for (const element of Array.from(form.elements) as HTMLInputElement[]) {
      if (!element.name) continue
      body[element.name] = element.type === 'checkbox' ? element.checked : element.value
    }
    setPending(true)
    const outcome = await postJson(action, body, lang)
    setPending(false)
    if (!outcome.ok) return setError(outcome.message)
    setError('')
    form.reset()
    if (next) router.push(next)
    else router.refresh()
  }

  return (
    <form onSubmit={submit} className={className ?? 'space-y-3'}>
      {error && <p className={alertClass} role="alert">{error}</p>}
      {children}
      <button type="submit" className={buttonClass} disabled={pending} aria-busy={pending}>
        {pending ? texts(lang).sending : submitLabel}
      </button>
    </form>
  )
}
