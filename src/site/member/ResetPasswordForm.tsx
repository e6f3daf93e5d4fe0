'use client'

import { useState } from 'react'

import { isStrongPassword, passwordRuleText } from '@/lib/password-rule'

import { localePath, texts, type Lang } from '../i18n'

import { postUsers } from './api'
import { buttonClass, Field, Notice } from './Field'
import { MEMBER_HOME } from './next'

/**
 * Sets a new password with the mailed token. The rule is checked here before sending and again by
 * the users' hook; Payload signs the user in on success, so the member area opens next.
 */
export const ResetPasswordForm = ({ lang, token }: { lang: Lang; token: string }) => {
  const [password, setPassword] = useState('')
  const [confirm, setConfirm] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    if (!isStrongPassword(password)) return setError(passwordRuleText[lang])
    if (password !== confirm) return setError(texts(lang).passwordsDiffer)
    setBusy(true)
    setError(null)
    try {
      const answer = await postUsers('/reset-password', { token, password }, lang)
      if (answer.ok) {
        window.location.assign(localePath(lang, MEMBER_HOME))
        return
      }
      setError(answer.status === 400 && answer.message ? answer.message : texts(lang).resetBadToken)
    } catch {
      setError(texts(lang).networkError)
    }
    setBusy(false)
  }

  return (
    <form onSubmit={submit} className="space-y-4">
      {error && <Notice kind="error">{error}</Notice>}
      <Field label={texts(lang).newPassword} hint={passwordRuleText[lang]} type="password" name="password" autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      <Field label={texts(lang).confirmPassword} type="password" name="confirm" autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.target.value)} />
      <button type="submit" className={buttonClass} disabled={busy} aria-busy={busy}>
        {busy ? texts(lang).saving : texts(lang).resetSubmit}
      </button>
    </form>
  )
}
