'use client'

import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import type { Lang } from '@/site/i18n'
import { buttonClass, Notice } from '@/site/member/Field'

import { claimTypeOptions } from '../collections/labels'
import { postApi } from './submit'
import { texts } from './text'

/** A claim about a bill or payment (`POST /api/dues-claims`); the text stays on an error. */
export const ClaimForm = ({ lang, memberId, userId, bills }: { lang: Lang; memberId: number; userId: number; bills: Array<{ id: number; name: string }> }) => {
  const router = useRouter()
  const ids = { type: useId(), bill: useId(), description: useId() }
  const [notice, setNotice] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null)
  const [pending, setPending] = useState(false)

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const formElement = event.currentTarget
    const fields = new FormData(formElement)
    const claimType = String(fields.get('claimType'))
    const bill = Number(fields.get('bill')) || undefined
    const description = String(fields.get('description') ?? '').trim()
    if (description.length < 10) return setNotice({ kind: 'error', text: texts(lang).descriptionShort })
    if (claimType === 'waiver_request' && !bill) return setNotice({ kind: 'error', text: texts(lang).waiverNeedsBill })
    setPending(true)
    try {
      const answer = await postApi('/dues-claims', { member: memberId, owner: userId, claimType, bill, description }, lang)
      if (!answer.ok) return setNotice({ kind: 'error', text: answer.message ?? texts(lang).network })
      formElement.reset()
      setNotice({ kind: 'ok', text: texts(lang).claimSent })
      router.refresh()
    } catch {
      setNotice({ kind: 'error', text: texts(lang).network })
    } finally {
      setPending(false)
    }
  }

  const fieldClass = 'mt-1 block w-full rounded border border-muted/50 bg-white px-3 py-2'
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <div>
        <label htmlFor={ids.type} className="block font-semibold">
          {texts(lang).claimType}
        </label>
        <select id={ids.type} name="claimType" className={fieldClass} defaultValue="already_paid">
          {claimTypeOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label[lang]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={ids.bill} className="block font-semibold">
          {texts(lang).claimBill}
        </label>
        <select id={ids.bill} name="bill" className={fieldClass} defaultValue="">
          <option value="">{texts(lang).none}</option>
          {bills.map((bill) => (
            <option key={bill.id} value={bill.id}>
              {bill.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={ids.description} className="block font-semibold">
          {texts(lang).description}
        </label>
        <textarea id={ids.description} name="description" rows={4} minLength={10} maxLength={4000} required className={fieldClass} />
      </div>
      <button type="submit" className={buttonClass} disabled={pending} aria-busy={pending}>
        {pending ? texts(lang).sending : texts(lang).fileClaim}
      </button>
    </form>
  )
}
