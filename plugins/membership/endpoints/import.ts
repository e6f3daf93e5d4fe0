import fs from 'node:fs/promises'

import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { can, guardedEndpoint } from '@/access'
import { writeAudit } from '@/lib/audit'
import { pick, userError, type Text } from '@/lib/messages'
import { fileResponse, tableFile } from '@/lib/table-file'
import { withTransaction } from '@/lib/transaction'
import { displayName, sha256 } from '@/lib/uploads'

import { MEMBER_IMPORTS } from '../collections/MemberImports'
import { columns } from '../import/columns'
import { exportMembers, exportQuery, mayExport } from '../import/export'
import { addChoiceLists } from '../import/files'
import { insertMembers, lockImports } from '../import/insert'
import { readSheet, SheetError } from '../import/read'
import { validateSheet, type RowError, type Validation } from '../import/validate'

const MB = 1024 * 1024

const positive = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/** `IMPORT_MAX_MB` (10; at most the multipart parser's cap, 25) and `IMPORT_MAX_ROWS` (20,000). */
export const importLimits = () => ({ bytes: Math.round(positive('IMPORT_MAX_MB', 10) * MB), rows: Math.floor(positive('IMPORT_MAX_ROWS', 20_000)) })

/** Errors listed in the JSON answer; the report's CSV has them all. */
const ERRORS_IN_ANSWER = 1000

const canImport = (req: PayloadRequest) => can(req.user, 'members.bulk_import')

const tooLarge = (req: PayloadRequest, bytes: number) => {
  const mb = `${Number((bytes / MB).toFixed(2))} MB`
  return userError(req, 413, {
    id: `Berkas terlalu besar: paling besar ${mb}. Bagi data menjadi beberapa berkas.`,
    en: `File too large: at most ${mb}. Split the data into several files.`,
  })
}

/** The uploaded file (`file` in the multipart body), within the size limit. */
const uploadedFile = async (req: PayloadRequest) => {
  const { bytes } = importLimits()
  // Refuse an obviously oversized body before reading it.
  if (Number(req.headers.get('content-length') ?? 0) > bytes + MB) throw tooLarge(req, bytes)
  await addDataAndFileToRequest(req)
  const file = req.file
  if (!file) throw userError(req, 400, { id: 'Pilih berkas XLSX atau CSV untuk diunggah.', en: 'Choose an XLSX or CSV file to upload.' })
  const data = file.data?.length || !file.tempFilePath ? file.data : await fs.readFile(file.tempFilePath)
  if ((file as { truncated?: boolean }).truncated || data.length > bytes) throw tooLarge(req, bytes)
  if (data.length === 0) throw userError(req, 400, { id: 'Berkas kosong.', en: 'The file is empty.' })
  return { data, name: displayName(file.name ?? '') || 'impor' }
}

type Counts = { imported: number }

/** The report document: counts and per-row outcomes (errors, already present), no member data. */
const saveReport = (req: PayloadRequest, mode: 'dry_run' | 'commit', file: { name: string; checksum: string }, v: Validation, { imported }: Counts) =>
  req.payload.create({
    collection: MEMBER_IMPORTS,
    data: {
      fileName: file.name,
      checksum: file.checksum,
      mode,
      status: mode === 'commit' ? 'imported' : 'checked',
      totalRows: v.totalRows,
      validRows: v.valid.length,
      imported,
      alreadyPresent: v.present.length,
      errorRows: new Set(v.errors.map((error) => error.row)).size,
      rows: [
        ...v.errors.map((error) => ({ kind: 'error', ...error })),
        ...v.present.map(({ row }) => ({ kind: 'present', row, column: null, reason: alreadyPresent })),
      ].sort((a, b) => a.row - b.row),
      notices: v.notices,
      importedBy: req.user?.id,
    },
    req,
    overrideAccess: true,
    depth: 0,
  })

const alreadyPresent: Text = { id: 'Sudah terdaftar sebagai anggota; dilewati.', en: 'Already a member; skipped.' }

const answer = (req: PayloadRequest, report: { id: number }, file: { name: string; checksum: string }, v: Validation, { imported }: Counts) => {
  const errorRows = new Set(v.errors.map((error) => error.row)).size
  const text = (t: Text) => pick(req, t)
  return {
    report: report.id,
    fileName: file.name,
    checksum: file.checksum,
    totalRows: v.totalRows,
    validRows: v.valid.length,
    imported,
    alreadyPresent: v.present.length,
    errorRows,
    errors: v.errors.slice(0, ERRORS_IN_ANSWER).map((error: RowError) => ({ row: error.row, column: error.column, reason: text(error.reason) })),
    errorsTruncated: v.errors.length > ERRORS_IN_ANSWER,
    notices: v.notices.map(text),
  }
}

/** A database refusal during the commit (a constraint, a conflicting write): nothing was kept. */
const databaseRefusal = (req: PayloadRequest, error: unknown) => {
  const cause = (error as { cause?: unknown }).cause ?? error
  const code = (cause as { code?: unknown }).code
  if (typeof code !== 'string' || !code.startsWith('23')) return null
  const detail = String((cause as { detail?: unknown; message?: unknown }).detail ?? (cause as { message?: unknown }).message ?? '').slice(0, 300)
  return userError(req, 409, {
    id: `Impor dibatalkan oleh basis data; tidak ada satu baris pun yang disimpan. Periksa berkas lalu coba lagi. (${detail})`,
    en: `The database refused the import; no row was saved. Check the file and try again. (${detail})`,
  })
}

/**
 * `POST /api/members/import?mode=dry-run|commit` (multipart, the file in `file`). Dry run: every
 * row checked, a report stored, nothing imported. Commit: the same checks inside ONE transaction
 * (imports serialised by an advisory lock), every valid row inserted set-based, the report and
 * one audit entry — all or nothing.
 */
const importEndpoint = guardedEndpoint({
  path: '/import',
  method: 'post',
  access: canImport,
  handler: async (req) => {
    const mode = new URL(req.url ?? 'http://localhost').searchParams.get('mode')
    if (mode !== 'dry-run' && mode !== 'commit') {
      throw userError(req, 400, { id: 'Parameter mode harus dry-run atau commit.', en: 'The mode parameter must be dry-run or commit.' })
    }
    const upload = await uploadedFile(req)
    const file = { name: upload.name, checksum: sha256(upload.data) }
    let sheet
    try {
      sheet = await readSheet(upload.data, importLimits().rows)
    } catch (error) {
      if (error instanceof SheetError) throw userError(req, 400, error.text)
      throw error
    }
    if (mode === 'dry-run') {
      const validation = await validateSheet(req, sheet)
      const report = await saveReport(req, 'dry_run', file, validation, { imported: 0 })
      return Response.json({ mode, message: pick(req, { id: 'Pemeriksaan selesai.', en: 'Check finished.' }), ...answer(req, report, file, validation, { imported: 0 }) })
    }
    try {
      return await withTransaction(req, async () => {
        await lockImports(req)
        const validation = await validateSheet(req, sheet)
        const ids = await insertMembers(req, validation.valid)
        const report = await saveReport(req, 'commit', file, validation, { imported: ids.length })
        await writeAudit(req, {
          action: 'member.bulk_import',
          targetType: MEMBER_IMPORTS,
          targetId: report.id,
          newValues: { fileName: file.name, checksum: file.checksum, imported: ids.length, alreadyPresent: validation.present.length, errorRows: report.errorRows },
        })
        const message = pick(req, { id: `${ids.length} anggota diimpor.`, en: `${ids.length} members imported.` })
        return Response.json({ mode, message, ...answer(req, report, file, validation, { imported: ids.length }) })
      })
    } catch (error) {
      throw databaseRefusal(req, error) ?? error
    }
  },
})

/** `GET /api/members/import/template`: the XLSX to fill in, one example row, dropdowns for choices. */
const templateEndpoint = guardedEndpoint({
  path: '/import/template',
  method: 'get',
  access: canImport,
  handler: async () => {
    const headers = columns.map((column) => column.header.id)
    const body = await tableFile('xlsx', 'Anggota', headers, [columns.map((column) => column.example || null)], (_, sheet) => addChoiceLists(sheet, columns, 1000))
    return fileResponse(body, 'templat-impor-anggota.xlsx', 'xlsx')
  },
})

/** `GET /api/members/export?format=csv|xlsx&status=&region=` (see exportMembers). */
const exportEndpoint = guardedEndpoint({
  path: '/export',
  method: 'get',
  access: (req) => mayExport(req.user),
  handler: async (req) => {
    const query = exportQuery(req)
    const { body, name } = await exportMembers(req, query)
    return fileResponse(body, name, query.format)
  },
})

export const importEndpoints: Endpoint[] = [importEndpoint, templateEndpoint, exportEndpoint]

const reportHeaders = ['Baris', 'Hasil', 'Kolom', 'Keterangan', 'Description']

type ReportRow = { kind: 'error' | 'present'; row: number; column: string | null; reason: Text }

/**
 * `GET /api/member-imports/:id/download`: the report as CSV, for the importer who made it
 * (read with their access; anyone else gets a 404).
 */
export const reportDownloadEndpoint = guardedEndpoint({
  path: '/:id/download',
  method: 'get',
  access: canImport,
  handler: async (req) => {
    const id = Number(req.routeParams?.id)
    const report = Number.isSafeInteger(id) && id > 0
      ? await req.payload.findByID({ collection: MEMBER_IMPORTS, id, req, user: req.user, overrideAccess: false, depth: 0, disableErrors: true }).catch(() => null)
      : null
    if (!report) throw userError(req, 404, { id: 'Laporan tidak ditemukan.', en: 'Report not found.' })
    const rows = ((report.rows as ReportRow[] | null) ?? []).map((row) => [
      row.row,
      row.kind === 'error' ? 'Galat' : 'Sudah ada',
      row.column,
      row.reason.id,
      row.reason.en,
    ])
    const body = await tableFile('csv', 'Laporan', reportHeaders, rows)
    return fileResponse(body, `laporan-impor-${report.id}.csv`, 'csv')
  },
})
