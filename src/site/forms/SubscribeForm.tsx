'use client'

import { useId, useState, type FormEvent } from 'react'

import { texts, type Lang } from '../i18n'

import { Honeypot, HONEYPOT_NAME } from './Honeypot'
import { postJson } from './post'
import { alertClass, buttonClass, inputClass, labelClass, successClass } from './styles'

/**
 * Email (and optionally a name) for the newsletter, double opt-in through
 * /api/subscribers/subscribe. The answer is the same whether or not the address was known.
 */
export const SubscribeForm = ({ lang }: { lang: Lang }) => {
  const id = useId()
  const [state, setState] = useState<{ phase: 'idle' | 'sending' | 'sent'; error?: string }>({ phase: 'idle' })

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const field = (name: string) => String(data.get(name) ?? '')
    setState({ phase: 'sending' })
    const outcome = await postJson(
      '/api/subscribers/subscribe',
      { email: field('email'), name: field('name'), [HONEYPOT_NAME]: field(HONEYPOT_NAME), locale: lang },
      lang,
    )
    setState(outcome.ok ? { phase: 'sent' } : { phase: 'idle', error: outcome.message || texts(lang).networkError })
  }

  if (state.phase === 'sent') {
    return (
      <p role="status" className={successClass}>
        {texts(lang).subscribeSent}
      </p>
    )
  }
  return (
    <form onSubmit={onSubmit} aria-busy={state.phase === 'sending'} className="relative grid max-w-xl gap-4" data-form="langganan">
      <div>
        <label htmlFor={`${id}-email`} className={labelClass}>
          {texts(lang).email}
          <span className="text-red-800">
            {' '}
            <span aria-hidden="true">*</span>
            <span className="sr-only">({texts(lang).required})</span>
          </span>
        </label>
        <input id={`${id}-email`} name="email" type="email" required maxLength={150} autoComplete="email" className={inputClass} />
      </div>
      <div>
        <label htmlFor={`${id}-name`} className={labelClass}>
          {texts(lang).nameOptional}
        </label>
        <input id={`${id}-name`} name="name" type="text" maxLength={150} autoComplete="name" className={inputClass} />
      </div>
      <Honeypot lang={lang} id={`${id}-hp`} />
      <div aria-live="polite">
        {state.error && (
          <p role="alert" className={alertClass}>
            {state.error}
          </p>
        )}
      </div>
      <div>
        <button type="submit" className={buttonClass} disabled={state.phase === 'sending'}>
          {state.phase === 'sending' ? texts(lang).sending : texts(lang).subscribe}
        </button>
      </div>
    </form>
  )
}
