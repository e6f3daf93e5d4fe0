'use client'

import Link from 'next/link'
import { useEffect, useRef, useState } from 'react'

import { localePath, texts, type Lang } from '../i18n'

import { postJson } from './post'
import { alertClass, buttonClass, successClass } from './styles'

type Phase = 'ready' | 'working' | 'done' | 'expired' | 'invalid' | 'failed'

const endpoints = {
  confirm: { path: '/api/subscribers/confirm', done: 'confirmDone', working: 'confirming' },
  unsubscribe: { path: '/api/subscribers/unsubscribe', done: 'unsubscribeDone', working: 'unsubscribing' },
} as const

/**
 * The page an email link opens. Confirming runs at once; unsubscribing waits for a click, so a
 * mail scanner that opens links cannot end someone's subscription. Both are safe to repeat.
 */
export const TokenAction = ({ lang, action, token }: { lang: Lang; action: keyof typeof endpoints; token: string | null }) => {
  const endpoint = endpoints[action]
  const [phase, setPhase] = useState<Phase>(token ? (action === 'confirm' ? 'working' : 'ready') : 'invalid')
  const [error, setError] = useState('')
  const started = useRef(false)

  const run = async () => {
    if (!token) return
    setPhase('working')
    const outcome = await postJson(endpoint.path, { token }, lang)
    if (outcome.ok) setPhase('done')
    else if (outcome.status === 410) setPhase('expired')
    else if (outcome.status === 400) setPhase('invalid')
    else {
      setError(outcome.message)
      setPhase('failed')
    }
  }

  useEffect(() => {
    // Once, even when React runs effects twice in development.
    if (action !== 'confirm' || !token || started.current) return
    started.current = true
    void run()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once for the link's token
  }, [])

  const again = (
    <p className="mt-4">
      <Link href={localePath(lang, '/langganan')}>{texts(lang).subscribeAgain}</Link>
    </p>
  )
  switch (phase) {
    case 'ready':
      return (
        <div>
          <p className="mb-4">{texts(lang).unsubscribeQuestion}</p>
          <button type="button" className={buttonClass} onClick={() => void run()}>
            {texts(lang).unsubscribe}
          </button>
        </div>
      )
    case 'working':
      return <p role="status" aria-busy="true">{texts(lang)[endpoint.working]}</p>
    case 'done':
      return <p role="status" className={successClass} data-result="done">{texts(lang)[endpoint.done]}</p>
    case 'expired':
      return <div role="alert" data-result="expired"><p className={alertClass}>{texts(lang).confirmExpired}</p>{again}</div>
    case 'invalid':
      return <div role="alert" data-result="invalid"><p className={alertClass}>{texts(lang).linkInvalid}</p>{again}</div>
    default:
      return <p role="alert" className={alertClass}>{error || texts(lang).networkError}</p>
  }
}
