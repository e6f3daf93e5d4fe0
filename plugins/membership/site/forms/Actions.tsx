'use client'

import Link from 'next/link'
import { useEffect, useRef, useState } from 'react'

import { alertClass, buttonClass, successClass } from '@/site/forms/styles'
import { localePath, type Lang } from '@/site/i18n'

import { texts } from '../i18n'
import { send, type Sent } from './StepForm'

const Answer = ({ sent }: { sent: Sent | null }) =>
  sent ? (
    <p role={sent.ok ? 'status' : 'alert'} className={`mt-3 ${sent.ok ? successClass : alertClass}`}>
      {sent.ok ? sent.message : (sent.problems[0]?.message ?? sent.message)}
    </p>
  ) : null

/** "Resend the verification email": signed in, or with the (expired) link's token. */
export const ResendButton = ({ lang, token }: { lang: Lang; token?: string }) => {
  const [sent, setSent] = useState<Sent | null>(null)
  const [busy, setBusy] = useState(false)
  const resend = async () => {
    setBusy(true)
    setSent(await send('/api/members/registration/resend', token ? { token } : {}, lang))
    setBusy(false)
  }
  return (
    <div>
      <button type="button" className={buttonClass} disabled={busy} aria-busy={busy} onClick={() => void resend()}>
        {busy ? texts(lang).working : texts(lang).resend}
      </button>
      <Answer sent={sent} />
    </div>
  )
}

/** Cancelling asks once more before the account is deleted. */
export const CancelRegistration = ({ lang }: { lang: Lang }) => {
  const [asking, setAsking] = useState(false)
  const [sent, setSent] = useState<Sent | null>(null)
  const [busy, setBusy] = useState(false)
  const cancel = async () => {
    setBusy(true)
    const answer = await send('/api/members/registration/cancel', { confirm: true }, lang)
    setSent(answer)
    setBusy(false)
    if (answer.ok) setAsking(false)
  }
  if (sent?.ok) {
    return (
      <div>
        <Answer sent={sent} />
        <p className="mt-3">
          <a href={localePath(lang, '/')}>{texts(lang).backHome}</a>
        </p>
      </div>
    )
  }
  return (
    <section aria-labelledby="batal" className="rounded-lg border border-red-700/40 bg-white p-4">
      <h2 id="batal" className="text-lg font-bold">
        {texts(lang).cancelTitle}
      </h2>
      <p className="mt-1 text-muted">{texts(lang).cancelText}</p>
      {asking ? (
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="button" className="rounded bg-red-800 px-4 py-2 font-semibold text-white" disabled={busy} onClick={() => void cancel()}>
            {busy ? texts(lang).working : texts(lang).cancelConfirm}
          </button>
          <button type="button" className="rounded border border-brand px-4 py-2 font-semibold" onClick={() => setAsking(false)}>
            {texts(lang).cancelKeep}
          </button>
        </div>
      ) : (
        <button type="button" className="mt-3 rounded border border-red-800 px-4 py-2 font-semibold text-red-800" onClick={() => setAsking(true)}>
          {texts(lang).cancelAsk}
        </button>
      )}
      <Answer sent={sent} />
    </section>
  )
}

type Phase = 'working' | 'done' | 'expired' | 'invalid' | 'failed'

/** The page the verification email opens: confirms at once (safe to repeat), or says why not. */
export const VerifyEmailAction = ({ lang, token }: { lang: Lang; token: string | null }) => {
  const [phase, setPhase] = useState<Phase>(token ? 'working' : 'invalid')
  const [message, setMessage] = useState(token ? '' : texts(lang).verifyNoToken)
  const started = useRef(false)

  useEffect(() => {
    // Once, even when React runs effects twice in development.
    if (!token || started.current) return
    started.current = true
    void send('/api/members/verify-email', { token }, lang).then((sent) => {
      setMessage(sent.ok ? sent.message : (sent.problems[0]?.message ?? sent.message))
      setPhase(sent.ok ? 'done' : sent.status === 410 ? 'expired' : sent.status === 400 ? 'invalid' : 'failed')
    })
  }, [lang, token])

  if (phase === 'working') return <p role="status" aria-busy="true">{texts(lang).verifying}</p>
  if (phase === 'done') {
    return (
      <div data-result="done">
        <p role="status" className={successClass}>
          {message}
        </p>
        <p className="mt-4">
          <Link href={localePath(lang, '/anggota/status')}>{texts(lang).seeStatus}</Link>
        </p>
      </div>
    )
  }
  return (
    <div data-result={phase}>
      <p role="alert" className={alertClass}>
        {message || texts(lang).networkError}
      </p>
      {phase === 'expired' && token && (
        <div className="mt-4">
          <ResendButton lang={lang} token={token} />
        </div>
      )}
    </div>
  )
}
