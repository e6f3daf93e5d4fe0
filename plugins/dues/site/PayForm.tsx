'use client'

import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { formatRupiah, type Lang } from '@/lib/i18n'
import { buttonClass, Field, Notice } from '@/site/member/Field'

import { postApi } from './submit'
import { texts } from './text'

export type PayableBill = { id: number; name: string; transferAmount: number; paymentCode: string }

const MAX_BYTES = 2 * 1024 * 1024

/**
 * One proof for one or more open bills: the total to transfer follows the choice. Sent to
 * `POST /api/dues-payments` (multipart); the server checks the file by its bytes. On an error
 * the choice and the fields stay as they were.
 */
export const PayForm = ({ lang, memberId, userId, bills }: { lang: Lang; memberId: number; userId: number; bills: PayableBill[] }) => {
  const router = useRouter()
  const legend = useId()
  const [chosen, setChosen] = useState<number[]>(() => bills.map((bill) => bill.id))
  const [notice, setNotice] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null)
  const [pending, setPending] = useState(false)
  if (bills.length === 0) return <p>{notice ? <Notice kind={notice.kind}>{notice.text}</Notice> : texts(lang).payNothing}</p>
  const total = bills.filter((bill) => chosen.includes(bill.id)).reduce((sum, bill) => sum + bill.transferAmount, 0)

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const formElement = event.currentTarget
    const fields = new FormData(formElement)
    const file = fields.get('file')
    if (chosen.length === 0) return setNotice({ kind: 'error', text: texts(lang).pickBill })
    if (!(file instanceof File) || file.size === 0) return setNotice({ kind: 'error', text: texts(lang).pickFile })
    if (file.size > MAX_BYTES) return setNotice({ kind: 'error', text: texts(lang).tooLarge })
    const paidAt = String(fields.get('paidAt') ?? '')
    const body = new FormData()
    body.append(
      '_payload',
      JSON.stringify({
        member: memberId,
        owner: userId,
        bills: chosen,
        refNo: String(fields.get('refNo') ?? '').trim() || undefined,
        paidAt: paidAt ? new Date(`${paidAt}T12:00:00+07:00`).toISOString() : undefined,
      }),
    )
    body.append('file', file, file.name)
    setPending(true)
    try {
      const answer = await postApi('/dues-payments', body, lang)
      if (!answer.ok) return setNotice({ kind: 'error', text: answer.message ?? texts(lang).network })
      formElement.reset()
      setNotice({ kind: 'ok', text: texts(lang).sent })
      router.refresh()
    } catch {
      setNotice({ kind: 'error', text: texts(lang).network })
    } finally {
      setPending(false)
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <fieldset aria-labelledby={legend} className="space-y-1">
        <p id={legend} className="font-semibold">
          {texts(lang).chooseBills}
        </p>
        {bills.map((bill) => (
          <label key={bill.id} className="flex items-center gap-2">
            <input
              type="checkbox"
              name="bills"
              value={bill.id}
              checked={chosen.includes(bill.id)}
              onChange={(event) => setChosen((now) => (event.target.checked ? [...now, bill.id] : now.filter((id) => id !== bill.id)))}
            />
            <span>
              {bill.name} — <strong>{formatRupiah(bill.transferAmount)}</strong> <span className="font-mono text-sm">({bill.paymentCode})</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p aria-live="polite">
        {texts(lang).total}: <strong data-testid="dues-total">{formatRupiah(total)}</strong>
      </p>
      <Field label={texts(lang).proof} name="file" type="file" accept=".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf" required />
      <Field label={texts(lang).refNo} name="refNo" maxLength={100} />
      <Field label={texts(lang).paidAt} name="paidAt" type="date" />
      <button type="submit" className={buttonClass} disabled={pending} aria-busy={pending}>
        {pending ? texts(lang).sending : texts(lang).send}
      </button>
    </form>
  )
}
