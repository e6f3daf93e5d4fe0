'use client'

import { Button } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

import { defineTexts, formatDateTime, formatRupiah, type Lang } from '@/lib/i18n'

import { billTypeOptions, labelOf, paymentMethodOptions } from '../../collections/labels'
import { periodLabel } from '../../bills/period'
import { postApi } from '../../site/submit'
import { BILLS_PATH } from '../paths'
import type { Direction, QueueAnswer, QueueItem } from './queue'

const texts = defineTexts({
  title: { id: 'Verifikasi pembayaran', en: 'Payment verification' },
  remaining: { id: (n: number) => `Menunggu verifikasi: ${n}`, en: (n: number) => `Awaiting verification: ${n}` },
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
  mismatch: { id: (d: string) => `Jumlah dibayar berbeda ${d} dari nominal transfer.`, en: (d: string) => `The amount paid differs by ${d} from the transfer amount.` },
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
  verified: { id: (who: string) => `Pembayaran ${who} diverifikasi.`, en: (who: string) => `${who}'s payment verified.` },
  rejected: { id: (who: string) => `Pembayaran ${who} ditolak.`, en: (who: string) => `${who}'s payment rejected.` },
})

const dateTime = (lang: Lang, iso: string | null) => formatDateTime(lang, iso) || '—'

/** Typing in a field is typing, not a shortcut. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

const Proof = ({ item, src, lang }: { item: QueueItem; src: string; lang: Lang }) => {
  const text = texts(lang)
  if (!item.hasProof) return <p>{text.noProof}</p>
  return (
    <figure style={{ margin: 0 }}>
      {item.mimeType === 'application/pdf' ? (
        <iframe data-testid="proof-pdf" src={`${src}?inline=1`} title={text.proof} style={{ width: '100%', height: '70vh', border: '1px solid var(--theme-elevation-150)' }} />
      ) : (
        // eslint-disable-next-line @next/next/no-img-element -- a private file from the access-checked route, not an optimisable asset
        <img data-testid="proof-image" src={`${src}?inline=1`} alt={`${text.proof}: ${item.originalName ?? ''}`} style={{ width: '100%', maxHeight: '70vh', objectFit: 'contain', background: 'var(--theme-elevation-50)' }} />
      )}
      <figcaption>
        <a href={src}>{text.download}</a> {item.originalName}
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
  const text = texts(lang)
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
          setDone(direction === 'next' ? text.last : text.first)
        }
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : text.network)
      } finally {
        setBusy(false)
      }
    },
    [busy, item, load, show, text],
  )

  const decide = useCallback(
    async (action: 'verify' | 'reject') => {
      if (!item || busy) return
      if (action === 'reject' && !reason.trim()) {
        setError(text.needReason)
        reasonField.current?.focus()
        return
      }
      setBusy(true)
      setError(null)
      setDone(null)
      try {
        const answer = await postApi(`/dues-payments/${item.id}/${action}`, action === 'reject' ? { reason: reason.trim() } : {}, lang)
        if (!answer.ok) {
          setError(answer.message ?? text.network)
          return
        }
        // The next one after this; past the end of the queue, back to the oldest still waiting.
        // The confirmation shows together with it, so what it names is never still on screen.
        const next = await load('next', item)
        show(next.item ? next : await load('next', null))
        setDone((action === 'verify' ? text.verified : text.rejected)(item.member?.fullName ?? `#${item.id}`))
        ;(document.activeElement as HTMLElement | null)?.blur()
      } catch {
        setError(text.network)
      } finally {
        setBusy(false)
      }
    },
    [busy, item, lang, load, reason, show, text],
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
        <h1 style={{ margin: 0 }}>{text.title}</h1>
        <strong data-testid="queue-remaining">{text.remaining(state.remaining)}</strong>
      </header>
      <p style={{ margin: 0, color: 'var(--theme-elevation-600)' }}>
        <kbd>{text.keys}</kbd>
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
        <p data-testid="queue-empty">{text.empty}</p>
      ) : (
        <article data-testid="queue-item" data-payment={item.id} aria-busy={busy} style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: '1.5rem' }}>
          <section aria-label={text.proof}>
            <Proof item={item} src={`${apiRoute}/dues-payments/${item.id}/download`} lang={lang} />
          </section>
          <section style={{ display: 'grid', gap: '1rem', alignContent: 'start' }}>
            <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '.25rem 1rem', margin: 0 }}>
              <dt>{text.member}</dt>
              <dd data-testid="queue-member" style={{ margin: 0, fontWeight: 600 }}>
                {item.member ? <a href={`/admin${BILLS_PATH}?member=${item.member.id}`}>{item.member.fullName}</a> : '—'}
              </dd>
              <dt>{text.number}</dt>
              <dd style={{ margin: 0 }}>{item.member?.memberNumber ?? '—'}</dd>
              <dt>{text.region}</dt>
              <dd style={{ margin: 0 }}>{item.region ? `${item.region.code} — ${item.region.name}` : '—'}</dd>
              <dt>{text.sent}</dt>
              <dd style={{ margin: 0 }}>{dateTime(lang, item.createdAt)}</dd>
              <dt>{text.paidAt}</dt>
              <dd style={{ margin: 0 }}>{dateTime(lang, item.paidAt)}</dd>
              <dt>{text.method}</dt>
              <dd style={{ margin: 0 }}>{item.method ? labelOf(paymentMethodOptions, item.method)[lang] : '—'}</dd>
              <dt>{text.refNo}</dt>
              <dd style={{ margin: 0 }}>{item.refNo || '—'}</dd>
            </dl>
            <table className="table" style={{ width: '100%' }}>
              <caption style={{ textAlign: 'left', fontWeight: 600 }}>{text.bills}</caption>
              <thead>
                <tr>
                  {(['period', 'amount', 'code', 'transfer', 'paymentCode'] as const).map((key) => (
                    <th key={key} scope="col" style={{ textAlign: 'left' }}>
                      {text[key]}
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
                    <td>{formatRupiah(bill.billAmount)}</td>
                    <td>{bill.uniqueCode ?? '—'}</td>
                    <td>{formatRupiah(bill.transferAmount ?? bill.billAmount)}</td>
                    <td style={{ fontFamily: 'monospace' }}>{bill.paymentCode}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '.25rem 1rem', margin: 0, fontSize: '1.1em' }}>
              <dt>{text.paid}</dt>
              <dd data-testid="queue-paid" style={{ margin: 0, fontWeight: 700 }}>
                {formatRupiah(item.paidAmount)}
              </dd>
              <dt>{text.expected}</dt>
              <dd style={{ margin: 0 }}>{formatRupiah(expected)}</dd>
            </dl>
            <p data-testid="queue-amount-check" style={{ margin: 0, color: difference === 0 ? 'var(--theme-success-600)' : 'var(--theme-error-500)', fontWeight: 600 }}>
              {difference === 0 ? text.match : text.mismatch(`${difference > 0 ? '+' : '−'}${formatRupiah(Math.abs(difference))}`)}
            </p>
            <div style={{ display: 'grid', gap: '.5rem' }}>
              <Button buttonStyle="primary" disabled={busy} onClick={() => void decide('verify')}>
                {text.approve}
              </Button>
              {canReject && (
                <>
                  <label htmlFor="dues-reject-reason">{text.reason}</label>
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
                    {text.reject}
                  </Button>
                </>
              )}
            </div>
            <nav style={{ display: 'flex', gap: '1rem' }} aria-label={text.title}>
              <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void move('prev')}>
                {text.prev}
              </Button>
              <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void move('next')}>
                {text.next}
              </Button>
            </nav>
          </section>
        </article>
      )}
    </div>
  )
}
