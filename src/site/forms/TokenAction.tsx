'use client'

import Link from 'next/link'
import { useEffect, useRef, useState } from 'react'

import { localePath, texts, type Lang } from '../i18n'

import { postJson } from './post'
import { alertClass, buttonClass, successClass } from './styles'

type Phase = 'ready' | 'working' | 'done' | 'expired' | 'invalid' | 'failed'

const subscription = { expired: 'confirmExpired', invalid: 'linkInvalid', retry: { path: '/langganan', label: 'subscribeAgain' } } as const
const account = { invalid: 'accountLinkInvalid' } as const

const endpoints = {
  confirm: { path: '/api/subscribers/confirm', done: 'confirmDone', working: 'confirming', atOnce: true, ...subscription },
  unsubscribe: { path: '/api/subscribers/unsubscribe', done: 'unsubscribeDone', working: 'unsubscribing', atOnce: false, ...subscription },
  confirmEmail: {
    path: '/api/users/confirm-email-change',
    done: 'emailChangeDone',
    working: 'emailChangeConfirming',
    atOnce: true,
    expired: 'emailChangeExpired',
    retry: { path: '/anggota/profil', label: 'backToProfile' },
    ...account,
  },
  unlock: { path: '/api/users/unlock-with-link', done: 'unlockDone', working: 'unlocking', atOnce: true, expired: 'unlockExpired', retry: { path: '/masuk', label: 'signIn' }, ...account },
} as const

export type TokenActionName = keyof typeof endpoints

/**
 * The page an email link opens. Confirming (a subscription, a new email) and unlocking run at
 * once; unsubscribing waits for a click, so a mail scanner that opens links cannot end someone's
 * subscription.
 */
export const TokenAction = ({ lang, action, token }: { lang: Lang; action: TokenActionName; token: string | null }) => {
  const endpoint = endpoints[action]
  const [phase, setPhase] = useState<Phase>(token ? (endpoint.atOnce ? 'working' : 'ready') : 'invalid')
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
    if (!endpoint.atOnce || !token || started.current) return
    started.current = true
    void run()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once for the link's token
  }, [])

  const again = (
    <p className="mt-4">
      <Link href={localePath(lang, endpoint.retry.path)}>{texts(lang)[endpoint.retry.label]}</Link>
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
      return <div role="alert" data-result="expired"><p className={alertClass}>{texts(lang)[endpoint.expired]}</p>{again}</div>
    case 'invalid':
      return <div role="alert" data-result="invalid"><p className={alertClass}>{texts(lang)[endpoint.invalid]}</p>{again}</div>
    default:
      return <p role="alert" className={alertClass}>{error || texts(lang).networkError}</p>
  }
}
