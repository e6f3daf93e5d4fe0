'use client'

import { Button } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { Lang } from '@/components/admin/AdminFrame'

import { billTypeOptions, labelOf, paymentMethodOptions } from '../../collections/labels'
import { periodLabel } from '../../bills/period'
import { postApi } from '../../site/submit'
import { rupiah } from '../../site/text'
import { BILLS_PATH } from '../paths'
import type { Direction, QueueAnswer, QueueItem } from './queue'

const t = {
  title: { id: 'Verifikasi pembayaran', en: 'Payment verification' },
  remaining: { id: 'Menunggu verifikasi: {n}', en: 'Awaiting verification: {n}' },
  empty: { id: 'Tidak ada pembayaran yang menunggu verifikasi.', en: 'No payments are awaiting verification.' },
  keys: { id: 'Pintasan: A setujui · R tolak (isi alasan, Enter kirim) · J atau → berikutnya · K atau ← sebelumnya', en: 'Shortcuts: A approve · R reject (write the reason, Enter sends) · J or → next · K or ← previous' },
  proof: { id: 'Bukti pembayaran', en: 'Payment proof' },
  noProof: { id: 'Tanpa berkas bukti.', en: 'No proof file.' },
  download: { id: 'Unduh bukti', en: 'Download the proof' },
  member: { id: 'Anggota', en: 'Member' },
  number: { id: 'No. anggota', en: 'Member no.' },
  region: { id: 'Wilayah', en: 'Region' },
  sent: { id: 'Dikirim', en: 'Sent' },
  paidAt: { id: 'Tanggal bayar', en: 'Paid on' },
  method: { id: 'Cara bayar', en: 'Method' },
  refNo: { id: 'No. referensi', en: 'Reference no.' },
  bills: { id: 'Tagihan', en: 'Bills' },
  period: { id: 'Periode', en: 'Period' },
  amount: { id: 'Iuran', en: 'Dues' },
  code: { id: 'Kode unik', en: 'Unique code' },
  transfer: { id: 'Nominal transfer', en: 'Transfer amount' },
  paymentCode: { id: 'Kode pembayaran', en: 'Payment code' },
  paid: { id: 'Jumlah dibayar', en: 'Amount paid' },
  expected: { id: 'Seharusnya ditransfer', en: 'Expected transfer' },
  mismatch: { id: 'Jumlah dibayar berbeda {d} dari nominal transfer.', en: 'The amount paid differs by {d} from the transfer amount.' },
  match: { id: 'Jumlah dibayar sama dengan nominal transfer.', en: 'The amount paid matches the transfer amount.' },
  approve: { id: 'Setujui (A)', en: 'Approve (A)' },
  reason: { id: 'Alasan penolakan (dikirim ke anggota)', en: 'Reason for the rejection (sent to the member)' },
  reject: { id: 'Tolak (R)', en: 'Reject (R)' },
  needReason: { id: 'Tulis alasan penolakan terlebih dahulu.', en: 'Write the reason for the rejection first.' },
  next: { id: 'Berikutnya (J)', en: 'Next (J)' },
  prev: { id: 'Sebelumnya (K)', en: 'Previous (K)' },
  first: { id: 'Ini pembayaran yang paling lama menunggu.', en: 'This is the payment waiting longest.' },
  last: { id: 'Ini pembayaran terakhir dalam antrean.', en: 'This is the last payment in the queue.' },
  network: { id: 'Koneksi gagal. Coba lagi.', en: 'The connection failed. Try again.' },
  verified: { id: 'Pembayaran {who} diverifikasi.', en: "{who}'s payment verified." },
  rejected: { id: 'Pembayaran {who} ditolak.', en: "{who}'s payment rejected." },
}

type Key = keyof typeof t
const dateTime = (lang: Lang, iso: string | null) =>
  iso ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }) : '—'

/** Typing in a field is typing, not a shortcut. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

const Proof = ({ item, src, say }: { item: QueueItem; src: string; say: (key: Key) => string }) => {
  if (!item.hasProof) return <p>{say('noProof')}</p>
  return (
    <figure style={{ margin: 0 }}>
      {item.mimeType === 'application/pdf' ? (
        <iframe data-testid="proof-pdf" src={`${src}?inline=1`} title={say('proof')} style={{ width: '100%', height: '70vh', border: '1px solid var(--theme-elevation-150)' }} />
      ) : (
        // eslint-disable-next-line @next/next/no-img-element -- a private file from the access-checked route, not an optimisable asset
        <img data-testid="proof-image" src={`${src}?inline=1`} alt={`${say('proof')}: ${item.originalName ?? ''}`} style={{ width: '100%', maxHeight: '70vh', objectFit: 'contain', background: 'var(--theme-elevation-50)' }} />
      )}
      <figcaption>
        <a href={src}>{say('download')}</a> {item.originalName}
      </figcaption>
    </figure>
  )
}

/**
 * One payment at a time: the proof beside the member and the bills, approve or reject with a
 * reason through the guarded endpoints, then the next payment loads by itself. Shortcuts work
 * anywhere on the page except while typing in a field.
 */
export const VerificationQueue = ({ lang, apiRoute, initial, canReject }: { lang: Lang; apiRoute: string; initial: QueueAnswer; canReject: boolean }) => {
  const say = useCallback(
    (key: Key, values: Record<string, string | number> = {}) => Object.entries(values).reduce((text, [name, value]) => text.replace(`{${name}}`, String(value)), t[key][lang]),
    [lang],
  )
  const [state, setState] = useState(initial)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const reasonField = useRef<HTMLTextAreaElement>(null)
  const item = state.item

  const load = useCallback(
    async (direction: Direction, from: QueueItem | null) => {
      const query = from ? `?${new URLSearchParams({ at: from.createdAt, id: String(from.id), direction })}` : ''
      const response = await fetch(`${apiRoute}/dues-payments/queue${query}`, { credentials: 'include', headers: { 'accept-language': lang } })
      const body = (await response.json().catch(() => ({}))) as QueueAnswer & { errors?: Array<{ message: string }> }
      if (!response.ok) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`)
      return body
    },
    [apiRoute, lang],
  )

  const show = useCallback((answer: QueueAnswer) => {
    setState(answer)
    setReason('')
  }, [])

  const move = useCallback(
    async (direction: Direction) => {
      if (!item || busy) return
      setBusy(true)
      setError(null)
      setDone(null)
      try {
        const answer = await load(direction, item)
        if (answer.item) show(answer)
        else {
          setState((now) => ({ ...now, remaining: answer.remaining }))
          setDone(say(direction === 'next' ? 'last' : 'first'))
        }
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : say('network'))
      } finally {
        setBusy(false)
      }
    },
    [busy, item, load, say, show],
  )

  const decide = useCallback(
    async (action: 'verify' | 'reject') => {
      if (!item || busy) return
      if (action === 'reject' && !reason.trim()) {
        setError(say('needReason'))
        reasonField.current?.focus()
        return
      }
      setBusy(true)
      setError(null)
      setDone(null)
      try {
        const answer = await postApi(`/dues-payments/${item.id}/${action}`, action === 'reject' ? { reason: reason.trim() } : {}, lang)
        if (!answer.ok) {
          setError(answer.message ?? say('network'))
          return
        }
        // The next one after this; past the end of the queue, back to the oldest still waiting.
        // The confirmation shows together with it, so what it names is never still on screen.
        const next = await load('next', item)
        show(next.item ? next : await load('next', null))
        setDone(say(action === 'verify' ? 'verified' : 'rejected', { who: item.member?.fullName ?? `#${item.id}` }))
        ;(document.activeElement as HTMLElement | null)?.blur()
      } catch {
        setError(say('network'))
      } finally {
        setBusy(false)
      }
    },
    [busy, item, lang, load, reason, say, show],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return
      const key = event.key.toLowerCase()
      const action = { a: () => decide('verify'), j: () => move('next'), arrowright: () => move('next'), k: () => move('prev'), arrowleft: () => move('prev') }[key]
      if (action) {
        event.preventDefault()
        void action()
      } else if (key === 'r' && canReject) {
        event.preventDefault()
        reasonField.current?.focus()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [canReject, decide, move])

  const expected = item?.bills.reduce((sum, bill) => sum + (bill.transferAmount ?? bill.billAmount), 0) ?? 0
  const difference = (item?.paidAmount ?? 0) - expected

  return (
    <div style={{ display: 'grid', gap: '1rem', padding: '1.5rem 0 3rem' }}>
      <header style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'baseline', justifyContent: 'space-between' }}>
        <h1 style={{ margin: 0 }}>{say('title')}</h1>
        <strong data-testid="queue-remaining">{say('remaining', { n: state.remaining })}</strong>
      </header>
      <p style={{ margin: 0, color: 'var(--theme-elevation-600)' }}>
        <kbd>{say('keys')}</kbd>
      </p>
      <div aria-live="polite" role="status">
        {done}
      </div>
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: 0 }}>
          {error}
        </p>
      )}
      {!item ? (
        <p data-testid="queue-empty">{say('empty')}</p>
      ) : (
        <article data-testid="queue-item" data-payment={item.id} aria-busy={busy} style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: '1.5rem' }}>
          <section aria-label={say('proof')}>
            <Proof item={item} src={`${apiRoute}/dues-payments/${item.id}/download`} say={say} />
          </section>
          <section style={{ display: 'grid', gap: '1rem', alignContent: 'start' }}>
            <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '.25rem 1rem', margin: 0 }}>
              <dt>{say('member')}</dt>
              <dd data-testid="queue-member" style={{ margin: 0, fontWeight: 600 }}>
                {item.member ? <a href={`/admin${BILLS_PATH}?member=${item.member.id}`}>{item.member.fullName}</a> : '—'}
              </dd>
              <dt>{say('number')}</dt>
              <dd style={{ margin: 0 }}>{item.member?.memberNumber ?? '—'}</dd>
              <dt>{say('region')}</dt>
              <dd style={{ margin: 0 }}>{item.region ? `${item.region.code} — ${item.region.name}` : '—'}</dd>
              <dt>{say('sent')}</dt>
              <dd style={{ margin: 0 }}>{dateTime(lang, item.createdAt)}</dd>
              <dt>{say('paidAt')}</dt>
              <dd style={{ margin: 0 }}>{dateTime(lang, item.paidAt)}</dd>
              <dt>{say('method')}</dt>
              <dd style={{ margin: 0 }}>{item.method ? labelOf(paymentMethodOptions, item.method)[lang] : '—'}</dd>
              <dt>{say('refNo')}</dt>
              <dd style={{ margin: 0 }}>{item.refNo || '—'}</dd>
            </dl>
            <table className="table" style={{ width: '100%' }}>
              <caption style={{ textAlign: 'left', fontWeight: 600 }}>{say('bills')}</caption>
              <thead>
                <tr>
                  {(['period', 'amount', 'code', 'transfer', 'paymentCode'] as const).map((key) => (
                    <th key={key} scope="col" style={{ textAlign: 'left' }}>
                      {say(key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {item.bills.map((bill) => (
                  <tr key={bill.id}>
                    <td>
                      {labelOf(billTypeOptions, bill.billType)[lang]} {periodLabel({ year: bill.periodYear, month: bill.periodMonth }, lang)}
                    </td>
                    <td>{rupiah(bill.billAmount)}</td>
                    <td>{bill.uniqueCode ?? '—'}</td>
                    <td>{rupiah(bill.transferAmount ?? bill.billAmount)}</td>
                    <td style={{ fontFamily: 'monospace' }}>{bill.paymentCode}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '.25rem 1rem', margin: 0, fontSize: '1.1em' }}>
              <dt>{say('paid')}</dt>
              <dd data-testid="queue-paid" style={{ margin: 0, fontWeight: 700 }}>
                {rupiah(item.paidAmount)}
              </dd>
              <dt>{say('expected')}</dt>
              <dd style={{ margin: 0 }}>{rupiah(expected)}</dd>
            </dl>
            <p data-testid="queue-amount-check" style={{ margin: 0, color: difference === 0 ? 'var(--theme-success-600)' : 'var(--theme-error-500)', fontWeight: 600 }}>
              {difference === 0 ? say('match') : say('mismatch', { d: `${difference > 0 ? '+' : '−'}${rupiah(Math.abs(difference))}` })}
            </p>
            <div style={{ display: 'grid', gap: '.5rem' }}>
              <Button buttonStyle="primary" disabled={busy} onClick={() => void decide('verify')}>
                {say('approve')}
              </Button>
              {canReject && (
                <>
                  <label htmlFor="dues-reject-reason">{say('reason')}</label>
                  <textarea
                    id="dues-reject-reason"
                    ref={reasonField}
                    value={reason}
                    maxLength={2000}
                    rows={3}
                    onChange={(event) => setReason(event.target.value)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter' && !event.shiftKey) {
                        event.preventDefault()
                        void decide('reject')
                      } else if (event.key === 'Escape') event.currentTarget.blur()
                    }}
                  />
                  <Button buttonStyle="secondary" disabled={busy} onClick={() => void decide('reject')}>
                    {say('reject')}
                  </Button>
                </>
              )}
            </div>
            <nav style={{ display: 'flex', gap: '1rem' }} aria-label={say('title')}>
              <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void move('prev')}>
                {say('prev')}
              </Button>
              <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void move('next')}>
                {say('next')}
              </Button>
            </nav>
          </section>
        </article>
      )}
    </div>
  )
}
