'use client'

import { useActionState } from 'react'

import { texts, type Lang } from '../i18n'

import { updateProfile } from './actions'
import { buttonClass, Field, Notice } from './Field'

/** The profile's editable part: the name (works without JavaScript too: a server action). */
export const ProfileForm = ({ lang, name }: { lang: Lang; name: string }) => {
  const [state, action, pending] = useActionState(updateProfile, null)
  return (
    <form action={action} className="space-y-4">
      {state && <Notice kind={state.kind}>{state.text}</Notice>}
      <input type="hidden" name="lang" value={lang} />
      <Field label={texts(lang).name} name="name" autoComplete="name" required maxLength={120} defaultValue={name} />
      <button type="submit" className={buttonClass} disabled={pending} aria-busy={pending}>
        {pending ? texts(lang).saving : texts(lang).save}
      </button>
    </form>
  )
}
