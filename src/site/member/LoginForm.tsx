'use client'

import Link from 'next/link'
import { useState } from 'react'

import { localePath, texts, type Lang } from '../i18n'

import { postUsers } from './api'
import { buttonClass, Field, Notice } from './Field'

/**
 * Signs in through Payload's REST login, which sets the auth cookie and applies the lockout and
 * rate limits (their messages are shown as they come). The email stays filled in after a failure;
 * the page is reloaded on success so everything on it sees the new session.
 */
export const LoginForm = ({ lang, next }: { lang: Lang; next: string }) => {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const answer = await postUsers('/login', { email, password }, lang)
      if (answer.ok) {
        window.location.assign(next)
        return
      }
      setError(answer.status === 401 && !answer.message ? texts(lang).wrongCredentials : (answer.message ?? texts(lang).wrongCredentials))
    } catch {
      setError(texts(lang).networkError)
    }
    setPassword('')
    setBusy(false)
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate={false}>
      {error && <Notice kind="error">{error}</Notice>}
      <Field label={texts(lang).email} type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <Field label={texts(lang).password} type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass} disabled={busy} aria-busy={busy}>
          {busy ? texts(lang).signingIn : texts(lang).signIn}
        </button>
        <Link href={localePath(lang, '/lupa-sandi')}>{texts(lang).forgotPassword}</Link>
      </div>
    </form>
  )
}
