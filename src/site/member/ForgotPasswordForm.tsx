'use client'

import { useState } from 'react'

import { texts, type Lang } from '../i18n'

import { postUsers } from './api'
import { buttonClass, Field, Notice } from './Field'

/**
 * Asks Payload to mail a reset link. The answer is the same whether the address is known or not,
 * so the form tells nobody who has an account; only the rate limit's refusal is shown as such.
 */
export const ForgotPasswordForm = ({ lang }: { lang: Lang }) => {
  const [email, setEmail] = useState('')
  const [state, setState] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      const answer = await postUsers('/forgot-password', { email }, lang)
      setState(answer.status === 429 ? { kind: 'error', text: answer.message ?? texts(lang).networkError } : { kind: 'ok', text: texts(lang).forgotDone })
    } catch {
      setState({ kind: 'error', text: texts(lang).networkError })
    }
    setBusy(false)
  }

  return (
    <form onSubmit={submit} className="space-y-4">
      {state && <Notice kind={state.kind}>{state.text}</Notice>}
      <Field label={texts(lang).email} type="email" name="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <button type="submit" className={buttonClass} disabled={busy} aria-busy={busy}>
        {busy ? texts(lang).sending : texts(lang).forgotSubmit}
      </button>
    </form>
  )
}
