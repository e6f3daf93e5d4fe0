'use client'

import { Button } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { defineTexts, type Lang } from '@/lib/i18n'

type Option = { value: string | number; label: string }

type Result = {
  mode: 'dry-run' | 'commit'
  message: string
  report: number
  fileName: string
  checksum: string
  totalRows: number
  validRows: number
  imported: number
  alreadyPresent: number
  errorRows: number
  errors: Array<{ row: number; column: string | null; reason: string }>
  errorsTruncated: boolean
  notices: string[]
}

const texts = defineTexts({
  title: { id: 'Impor & ekspor anggota', en: 'Member import & export' },
  importTitle: { id: 'Impor dari XLSX atau CSV', en: 'Import from XLSX or CSV' },
  importHelp: {
    id: 'Isi templat, unggah, periksa dulu (uji coba), lalu impor. Anggota yang diimpor langsung aktif; mereka mengatur kata sandi lewat "Lupa sandi".',
    en: 'Fill in the template, upload it, check it first (dry run), then import. Imported members are active at once; they set a password through "Forgot password".',
  },
  template: { id: 'Unduh templat XLSX', en: 'Download the XLSX template' },
  file: { id: (mb: number) => `Berkas (paling besar ${mb} MB)`, en: (mb: number) => `File (at most ${mb} MB)` },
  dryRun: { id: 'Periksa (uji coba)', en: 'Check (dry run)' },
  commit: { id: (n: number) => `Impor ${n} baris`, en: (n: number) => `Import ${n} rows` },
  commitHint: { id: 'Tombol impor aktif setelah uji coba berkas yang sama.', en: 'The import button is enabled after a dry run of the same file.' },
  uploading: { id: (p: number) => `Mengunggah… ${p}%`, en: (p: number) => `Uploading… ${p}%` },
  working: { id: (n: number) => `Memproses ${n} detik… jangan tutup halaman ini.`, en: (n: number) => `Processing for ${n} s… keep this page open.` },
  rows: { id: 'Baris', en: 'Rows' },
  ready: { id: 'Siap diimpor', en: 'Ready to import' },
  imported: { id: 'Diimpor', en: 'Imported' },
  present: { id: 'Sudah ada (dilewati)', en: 'Already present (skipped)' },
  errorRows: { id: 'Baris bermasalah', en: 'Rows with errors' },
  row: { id: 'Baris', en: 'Row' },
  column: { id: 'Kolom', en: 'Column' },
  reason: { id: 'Masalah', en: 'Problem' },
  truncated: { id: 'Daftar dipotong; unduh laporan untuk semua baris.', en: 'List cut short; download the report for every row.' },
  report: { id: 'Unduh laporan (CSV)', en: 'Download the report (CSV)' },
  failed: { id: 'Gagal', en: 'Failed' },
  exportTitle: { id: 'Ekspor anggota', en: 'Export members' },
  format: { id: 'Format', en: 'Format' },
  status: { id: 'Status', en: 'Status' },
  region: { id: 'Wilayah', en: 'Region' },
  all: { id: 'Semua', en: 'All' },
  download: { id: 'Unduh', en: 'Download' },
  connectionFailed: { id: 'Koneksi gagal. Coba lagi.', en: 'The connection failed. Try again.' },
})

/** Sends the file with progress events (fetch has none for uploads). */
const upload = (url: string, file: File, lang: Lang, onProgress: (percent: number) => void) =>
  new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.withCredentials = true
    xhr.setRequestHeader('accept-language', lang)
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100))
    xhr.onload = () => {
      let body: unknown = xhr.responseText
      try {
        body = JSON.parse(xhr.responseText)
      } catch {
        // Plain-text answer (e.g. the parser's own size message).
      }
      resolve({ status: xhr.status, body })
    }
    xhr.onerror = () => reject(new Error('network'))
    const form = new FormData()
    form.append('file', file)
    xhr.send(form)
  })

const sha256 = async (file: File) =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer())), (b) => b.toString(16).padStart(2, '0')).join('')

export const ImportForms = (props: {
  lang: Lang
  apiRoute: string
  mayImport: boolean
  maxMegabytes: number
  regions: Option[]
  regionLocked: boolean
  statuses: Option[]
}) => {
  const { lang, apiRoute } = props
  const text = texts(lang)
  const [file, setFile] = useState<File | null>(null)
  const [checksum, setChecksum] = useState<string | null>(null)
  const [dryRun, setDryRun] = useState<Result | null>(null)
  const [result, setResult] = useState<Result | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<null | { percent: number; started: number }>(null)
  const [now, setNow] = useState(0)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (!busy) return
    const timer = setInterval(() => setNow(Date.now()), 500)
    return () => clearInterval(timer)
  }, [busy])

  const choose = async (chosen: File | null) => {
    setFile(chosen)
    setDryRun(null)
    setResult(null)
    setError(null)
    setChecksum(chosen ? await sha256(chosen) : null)
  }

  const send = async (mode: 'dry-run' | 'commit') => {
    if (!file) return
    setError(null)
    setBusy({ percent: 0, started: Date.now() })
    setNow(Date.now())
    try {
      const { status, body } = await upload(`${apiRoute}/members/import?mode=${mode}`, file, lang, (percent) => setBusy((b) => b && { ...b, percent }))
      if (status >= 400) {
        const message = typeof body === 'object' && body ? (body as { errors?: Array<{ message: string }> }).errors?.[0]?.message : String(body)
        setError(message || `HTTP ${status}`)
        if (mode === 'commit') setDryRun(null)
        return
      }
      const answer = body as Result
      if (mode === 'dry-run') setDryRun(answer)
      else {
        setResult(answer)
        setDryRun(null)
      }
    } catch {
      setError(text.connectionFailed)
    } finally {
      setBusy(null)
    }
  }

  const shown = result ?? dryRun
  const canCommit = Boolean(file && dryRun && checksum === dryRun.checksum && dryRun.validRows > 0 && !busy)

  return (
    <div style={{ display: 'grid', gap: '2.5rem', padding: '1.5rem 0 3rem', maxWidth: '70rem' }}>
      <h1>{text.title}</h1>
      {props.mayImport && (
        <section aria-labelledby="import-title" style={{ display: 'grid', gap: '1rem' }}>
          <h2 id="import-title">{text.importTitle}</h2>
          <p>{text.importHelp}</p>
          <p>
            <a href={`${apiRoute}/members/import/template`}>{text.template}</a>
          </p>
          <label style={{ display: 'grid', gap: '.4rem' }}>
            <span>{text.file(props.maxMegabytes)}</span>
            <input
              ref={input}
              type="file"
              name="file"
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              disabled={Boolean(busy)}
              onChange={(event) => void choose(event.target.files?.[0] ?? null)}
            />
          </label>
          <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'center' }}>
            <Button buttonStyle="secondary" disabled={!file || Boolean(busy)} onClick={() => void send('dry-run')}>
              {text.dryRun}
            </Button>
            <Button disabled={!canCommit} onClick={() => void send('commit')}>
              {text.commit(dryRun?.validRows ?? 0)}
            </Button>
            {!canCommit && !result && <small>{text.commitHint}</small>}
          </div>
          {busy && (
            <p role="status" aria-live="polite">
              <progress max={100} value={busy.percent < 100 ? busy.percent : undefined} style={{ width: '16rem', marginRight: '1rem' }} />
              {busy.percent < 100 ? text.uploading(busy.percent) : text.working(Math.max(0, Math.round((now - busy.started) / 1000)))}
            </p>
          )}
          {error && (
            <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {text.failed}: {error}
            </p>
          )}
          {shown && (
            <div role="status" style={{ display: 'grid', gap: '1rem' }}>
              <p>
                <strong>{shown.message}</strong> {shown.fileName}
              </p>
              <dl style={{ display: 'grid', gridTemplateColumns: 'max-content max-content', gap: '.25rem 1.5rem' }}>
                <dt>{text.rows}</dt>
                <dd>{shown.totalRows}</dd>
                <dt>{shown.mode === 'commit' ? text.imported : text.ready}</dt>
                <dd>{shown.mode === 'commit' ? shown.imported : shown.validRows}</dd>
                <dt>{text.present}</dt>
                <dd>{shown.alreadyPresent}</dd>
                <dt>{text.errorRows}</dt>
                <dd>{shown.errorRows}</dd>
              </dl>
              {shown.notices.map((notice) => (
                <p key={notice}>{notice}</p>
              ))}
              <p>
                <a href={`${apiRoute}/member-imports/${shown.report}/download`}>{text.report}</a>
              </p>
              {shown.errors.length > 0 && (
                <table className="table" style={{ width: '100%' }}>
                  <thead>
                    <tr>
                      <th scope="col">{text.row}</th>
                      <th scope="col">{text.column}</th>
                      <th scope="col">{text.reason}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.errors.map((row, index) => (
                      <tr key={index}>
                        <td>{row.row}</td>
                        <td>{row.column}</td>
                        <td>{row.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {shown.errorsTruncated && <p>{text.truncated}</p>}
            </div>
          )}
        </section>
      )}
      <section aria-labelledby="export-title">
        <h2 id="export-title">{text.exportTitle}</h2>
        <form method="get" action={`${apiRoute}/members/export`} style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'end' }}>
          <label style={{ display: 'grid', gap: '.4rem' }}>
            {text.format}
            <select name="format" defaultValue="xlsx">
              <option value="xlsx">XLSX</option>
              <option value="csv">CSV</option>
            </select>
          </label>
          <label style={{ display: 'grid', gap: '.4rem' }}>
            {text.status}
            <select name="status" defaultValue="">
              <option value="">{text.all}</option>
              {props.statuses.map((status) => (
                <option key={status.value} value={status.value}>
                  {status.label}
                </option>
              ))}
            </select>
          </label>
          <label style={{ display: 'grid', gap: '.4rem' }}>
            {text.region}
            <select name="region" defaultValue={props.regionLocked ? String(props.regions[0]?.value ?? '') : ''} disabled={props.regionLocked}>
              {!props.regionLocked && <option value="">{text.all}</option>}
              {props.regions.map((region) => (
                <option key={region.value} value={region.value}>
                  {region.label}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit">{text.download}</Button>
        </form>
      </section>
    </div>
  )
}
