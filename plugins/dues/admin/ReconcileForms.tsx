'use client'

import { Button } from '@payloadcms/ui'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { defineTexts, formatDate, formatRupiah, type Lang } from '@/lib/i18n'

export type LineRow = {
  id: number
  lineNumber: number
  statement: number
  valueDate: string
  amount: number
  description: string
  reference: string
  kind: string
  confidence: { level: 'high' | 'medium' | 'low'; label: string } | null
  member: { name: string; number: string | null } | null
  bills: Array<{ code: string; amount: number; period: string }>
}

type Page = { rows: LineRow[]; page: number; totalPages: number; total: number }

type Outcome = { message: string; tone: 'ok' | 'error'; details?: string[] }

const texts = defineTexts({
  title: { id: 'Rekonsiliasi mutasi bank', en: 'Bank statement reconciliation' },
  help: {
    id: 'Unggah mutasi rekening (CSV: tanggal, keterangan, jumlah, referensi; pemisah ; atau ,). Baris kredit dicocokkan dengan tagihan terbuka lewat kode pembayaran dan nominal transfer (termasuk kode unik).',
    en: 'Upload the account statement (CSV: date, description, amount, reference; separated by ; or ,). Credit lines are matched to open bills by payment code and transfer amount (unique code included).',
  },
  file: { id: (mb: number) => `Berkas CSV (paling besar ${mb} MB)`, en: (mb: number) => `CSV file (at most ${mb} MB)` },
  upload: { id: 'Unggah dan cocokkan', en: 'Upload and match' },
  uploading: { id: (p: number) => `Mengunggah… ${p}%`, en: (p: number) => `Uploading… ${p}%` },
  processing: { id: 'Memproses…', en: 'Processing…' },
  rematch: { id: 'Cocokkan ulang semua baris yang menunggu', en: 'Match all waiting lines again' },
  proposed: { id: (n: number) => `Usulan pencocokan (${n})`, en: (n: number) => `Proposed matches (${n})` },
  queue: { id: (n: number) => `Antrean belum cocok (${n})`, en: (n: number) => `Unmatched queue (${n})` },
  ignored: { id: (n: number) => `${n} baris diabaikan.`, en: (n: number) => `${n} lines ignored.` },
  none: { id: 'Tidak ada baris di sini.', en: 'No lines here.' },
  selectAll: { id: 'Pilih semua di halaman ini', en: 'Select all on this page' },
  confirm: { id: (n: number) => `Konfirmasi terpilih (${n})`, en: (n: number) => `Confirm selected (${n})` },
  date: { id: 'Tanggal', en: 'Date' },
  amount: { id: 'Jumlah', en: 'Amount' },
  description: { id: 'Keterangan / referensi', en: 'Description / reference' },
  member: { id: 'Anggota', en: 'Member' },
  bills: { id: 'Tagihan', en: 'Bills' },
  basis: { id: 'Dasar (keyakinan)', en: 'Basis (confidence)' },
  action: { id: 'Tindakan', en: 'Action' },
  codes: { id: 'Kode pembayaran (pisahkan dengan koma)', en: 'Payment codes (comma-separated)' },
  match: { id: 'Cocokkan', en: 'Match' },
  reason: { id: 'Alasan diabaikan', en: 'Reason to ignore' },
  ignore: { id: 'Abaikan', en: 'Ignore' },
  line: { id: (n: number | string) => `Baris ${n}`, en: (n: number | string) => `Line ${n}` },
  recent: { id: 'Unggahan terakhir', en: 'Recent uploads' },
  recentRow: { id: (name: string, fresh: number, dup: number) => `${name}: ${fresh} baris baru, ${dup} sudah ada`, en: (name: string, fresh: number, dup: number) => `${name}: ${fresh} new lines, ${dup} already present` },
  previous: { id: 'Sebelumnya', en: 'Previous' },
  next: { id: 'Berikutnya', en: 'Next' },
  network: { id: 'Koneksi gagal; coba lagi.', en: 'Connection failed; try again.' },
})

type Answer = { message?: string; errors?: Array<{ message: string }>; lineErrors?: Array<{ line: number; message: string }>; results?: Array<{ line: number; ok: boolean; message?: string }> }

/** Sends the file with progress events (fetch has none for uploads). */
const sendFile = (url: string, file: File, lang: Lang, onProgress: (percent: number) => void) =>
  new Promise<{ status: number; body: Answer }>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.withCredentials = true
    xhr.setRequestHeader('accept-language', lang)
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100))
    xhr.onload = () => {
      let body: Answer = { message: xhr.responseText }
      try {
        body = JSON.parse(xhr.responseText) as Answer
      } catch {
        // Plain text (e.g. the multipart parser's own size message).
      }
      resolve({ status: xhr.status, body })
    }
    xhr.onerror = () => reject(new Error('network'))
    const form = new FormData()
    form.append('file', file)
    xhr.send(form)
  })

const postJson = async (url: string, body: unknown, lang: Lang) => {
  const response = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json', 'accept-language': lang }, body: JSON.stringify(body) })
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Answer }
}

const tone = { high: '#1f7a3f', medium: '#8a6100', low: '#b3261e' }

export const ReconcileForms = (props: { lang: Lang; apiRoute: string; maxMegabytes: number; proposed: Page; queue: Page; ignored: number; statements: Array<{ id: number; fileName: string; createdAt: string; newLines: number; duplicateLines: number }> }) => {
  const { lang, apiRoute, proposed, queue } = props
  const text = texts(lang)
  const router = useRouter()
  const [file, setFile] = useState<File | null>(null)
  const [progress, setProgress] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [selected, setSelected] = useState<Set<number>>(new Set())
  const [inputs, setInputs] = useState<Record<string, string>>({})
  const lineLabel = new Map([...proposed.rows, ...queue.rows].map((row) => [row.id, text.line(`${row.statement}/${row.lineNumber}`)]))
  const date = (iso: string) => formatDate(lang, iso)

  const report = (status: number, body: Answer, network = false) => {
    if (network) return setOutcome({ tone: 'error', message: text.network })
    const failures = (body.results ?? []).filter((result) => !result.ok).map((result) => `${lineLabel.get(result.line) ?? result.line}: ${result.message}`)
    const lineErrors = (body.lineErrors ?? []).map((error) => `${text.line(error.line)}: ${error.message}`)
    setOutcome({
      tone: status >= 400 || failures.length ? 'error' : 'ok',
      message: body.message ?? body.errors?.[0]?.message ?? String(status),
      details: [...lineErrors, ...failures],
    })
  }

  const act = async (work: () => Promise<{ status: number; body: Answer }>) => {
    setBusy(true)
    setOutcome(null)
    try {
      const { status, body } = await work()
      report(status, body)
      if (status < 400) {
        setSelected(new Set())
        router.refresh()
      }
    } catch {
      report(0, {}, true)
    } finally {
      setBusy(false)
      setProgress(null)
    }
  }

  const uploadFile = () => file && act(() => sendFile(`${apiRoute}/dues-statements/upload`, file, lang, setProgress))
  const confirmSelected = () => act(() => postJson(`${apiRoute}/dues-statement-lines/confirm`, { lines: [...selected] }, lang))
  const rematch = () => act(() => postJson(`${apiRoute}/dues-statement-lines/rematch`, {}, lang))
  const matchLine = (id: number) => act(() => postJson(`${apiRoute}/dues-statement-lines/${id}/match`, { codes: (inputs[`codes-${id}`] ?? '').split(/[\s,;]+/).filter(Boolean) }, lang))
  const ignoreLine = (id: number) => act(() => postJson(`${apiRoute}/dues-statement-lines/${id}/ignore`, { reason: inputs[`reason-${id}`] ?? '' }, lang))
  const toggle = (id: number) => setSelected((current) => {
    const next = new Set(current)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    return next
  })
  const allSelected = proposed.rows.length > 0 && proposed.rows.every((row) => selected.has(row.id))
  const input = (key: string, label: string) => (
    <input aria-label={label} placeholder={label} value={inputs[key] ?? ''} onChange={(event) => setInputs((current) => ({ ...current, [key]: event.target.value }))} style={{ width: '100%', minWidth: 160 }} />
  )
  const cell = { padding: '6px 8px', borderBottom: '1px solid var(--theme-elevation-150)', verticalAlign: 'top' as const, textAlign: 'left' as const }
  const pager = (page: Page, param: string) =>
    page.totalPages > 1 && (
      <nav style={{ display: 'flex', gap: 'var(--base)', marginTop: 8 }} aria-label={param}>
        {page.page > 1 && <Link href={`?${param}=${page.page - 1}`}>{text.previous}</Link>}
        <span>{page.page} / {page.totalPages}</span>
        {page.page < page.totalPages && <Link href={`?${param}=${page.page + 1}`}>{text.next}</Link>}
      </nav>
    )
  const common = (row: LineRow) => (
    <>
      <td style={cell}>{date(row.valueDate)}</td>
      <td style={{ ...cell, textAlign: 'right', whiteSpace: 'nowrap' }}>{formatRupiah(row.amount)}</td>
      <td style={cell}>
        {row.description || '—'}
        {row.reference && <div style={{ color: 'var(--theme-elevation-500)' }}>{row.reference}</div>}
      </td>
    </>
  )

  return (
    <div style={{ paddingBottom: 'calc(var(--base) * 3)' }}>
      <h1>{text.title}</h1>
      <p>{text.help}</p>
      <section aria-label={text.upload} style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--base)', alignItems: 'end', margin: 'var(--base) 0' }}>
        <label style={{ display: 'grid', gap: 4 }}>
          {text.file(props.maxMegabytes)}
          <input type="file" accept=".csv,text/csv,text/plain" onChange={(event) => setFile(event.target.files?.[0] ?? null)} disabled={busy} />
        </label>
        <Button onClick={uploadFile} disabled={!file || busy} buttonStyle="primary" margin={false}>{text.upload}</Button>
        <Button onClick={rematch} disabled={busy} buttonStyle="secondary" margin={false}>{text.rematch}</Button>
      </section>
      <div role="status" aria-live="polite">
        {busy && <p>{progress != null && progress < 100 ? text.uploading(progress) : text.processing}</p>}
        {outcome && (
          <div style={{ padding: 'var(--base)', margin: 'var(--base) 0', border: `1px solid ${outcome.tone === 'ok' ? tone.high : tone.low}`, borderRadius: 4 }}>
            <p style={{ margin: 0, fontWeight: 600 }}>{outcome.message}</p>
            {outcome.details && outcome.details.length > 0 && (
              <ul style={{ margin: '8px 0 0' }}>
                {outcome.details.map((detail) => <li key={detail}>{detail}</li>)}
              </ul>
            )}
          </div>
        )}
      </div>

      <h2>{text.proposed(proposed.total)}</h2>
      {proposed.rows.length === 0 ? <p>{text.none}</p> : (
        <>
          <div style={{ display: 'flex', gap: 'var(--base)', alignItems: 'center', margin: '8px 0' }}>
            <label>
              <input type="checkbox" checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(proposed.rows.map((row) => row.id)))} /> {text.selectAll}
            </label>
            <Button onClick={confirmSelected} disabled={busy || selected.size === 0} buttonStyle="primary" margin={false}>{text.confirm(selected.size)}</Button>
          </div>
          <div style={{ overflowX: 'auto' }}>
            <table style={{ width: '100%', borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  <th style={cell}><span className="sr-only" style={{ position: 'absolute', left: -9999 }}>{text.selectAll}</span></th>
                  <th style={cell}>{text.date}</th>
                  <th style={cell}>{text.amount}</th>
                  <th style={cell}>{text.description}</th>
                  <th style={cell}>{text.member}</th>
                  <th style={cell}>{text.bills}</th>
                  <th style={cell}>{text.basis}</th>
                </tr>
              </thead>
              <tbody>
                {proposed.rows.map((row) => (
                  <tr key={row.id}>
                    <td style={cell}><input type="checkbox" aria-label={lineLabel.get(row.id)} checked={selected.has(row.id)} onChange={() => toggle(row.id)} /></td>
                    {common(row)}
                    <td style={cell}>{row.member ? <>{row.member.name}{row.member.number && <div style={{ color: 'var(--theme-elevation-500)' }}>{row.member.number}</div>}</> : '—'}</td>
                    <td style={cell}>{row.bills.map((bill) => <div key={bill.code}>{bill.code} · {bill.period} · {formatRupiah(bill.amount)}</div>)}</td>
                    <td style={cell}>
                      {row.kind}
                      {row.confidence && <div style={{ color: tone[row.confidence.level], fontWeight: 600 }}>{row.confidence.label}</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pager(proposed, 'usulan')}
        </>
      )}

      <h2>{text.queue(queue.total)}</h2>
      {props.ignored > 0 && <p>{text.ignored(props.ignored)}</p>}
      {queue.rows.length === 0 ? <p>{text.none}</p> : (
        <div style={{ overflowX: 'auto' }}>
          <table style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th style={cell}>{text.date}</th>
                <th style={cell}>{text.amount}</th>
                <th style={cell}>{text.description}</th>
                <th style={cell}>{text.basis}</th>
                <th style={cell}>{text.action}</th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((row) => (
                <tr key={row.id}>
                  {common(row)}
                  <td style={cell}>{row.kind}</td>
                  <td style={{ ...cell, display: 'grid', gap: 6 }}>
                    <div style={{ display: 'flex', gap: 6 }}>
                      {input(`codes-${row.id}`, text.codes)}
                      <Button onClick={() => matchLine(row.id)} disabled={busy || !inputs[`codes-${row.id}`]?.trim()} buttonStyle="secondary" size="small" margin={false}>{text.match}</Button>
                    </div>
                    <div style={{ display: 'flex', gap: 6 }}>
                      {input(`reason-${row.id}`, text.reason)}
                      <Button onClick={() => ignoreLine(row.id)} disabled={busy || !inputs[`reason-${row.id}`]?.trim()} buttonStyle="secondary" size="small" margin={false}>{text.ignore}</Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {pager(queue, 'antrean')}
        </div>
      )}

      {props.statements.length > 0 && (
        <>
          <h2>{text.recent}</h2>
          <ul>
            {props.statements.map((s) => (
              <li key={s.id}>{date(s.createdAt)} — {text.recentRow(s.fileName, s.newLines, s.duplicateLines)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
