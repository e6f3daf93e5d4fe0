import fs from 'node:fs/promises'

import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { can, guardedEndpoint } from '@/access'
import { pick, userError } from '@/lib/messages'
import { displayName } from '@/lib/uploads'
import { bodyOf, idParam } from '@/plugin-kit'

import { confirmLines, MAX_CONFIRM } from '../reconcile/confirm'
import { ignoreLine, matchLineByHand } from '../reconcile/decide'
import { matchLines } from '../reconcile/match'
import { parseStatement, StatementError } from '../reconcile/statement'
import { storeStatement } from '../reconcile/upload'

const MB = 1024 * 1024

const positive = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/** `STATEMENT_MAX_MB` (5) and `STATEMENT_MAX_LINES` (20,000). */
export const statementLimits = () => ({ bytes: Math.round(positive('STATEMENT_MAX_MB', 5) * MB), lines: Math.floor(positive('STATEMENT_MAX_LINES', 20_000)) })

/** Bad lines listed in the answer; a statement with more needs fixing at the source anyway. */
const ERRORS_IN_ANSWER = 200

const mayReconcile = (req: PayloadRequest) => can(req.user, 'dues.payment.verify')

const tooLarge = (req: PayloadRequest, bytes: number) =>
  userError(req, 413, { id: `Berkas terlalu besar: paling besar ${bytes / MB} MB.`, en: `File too large: at most ${bytes / MB} MB.` })

const uploadedStatement = async (req: PayloadRequest) => {
  const { bytes } = statementLimits()
  if (Number(req.headers.get('content-length') ?? 0) > bytes + MB) throw tooLarge(req, bytes)
  await addDataAndFileToRequest(req)
  const file = req.file
  if (!file) throw userError(req, 400, { id: 'Pilih berkas CSV mutasi rekening untuk diunggah.', en: 'Choose a bank statement CSV file to upload.' })
  const data = file.data?.length || !file.tempFilePath ? file.data : await fs.readFile(file.tempFilePath)
  if ((file as { truncated?: boolean }).truncated || data.length > bytes) throw tooLarge(req, bytes)
  if (data.length === 0) throw userError(req, 400, { id: 'Berkas kosong.', en: 'The file is empty.' })
  return { data, name: displayName(file.name ?? '') || 'mutasi.csv' }
}

/**
 * `POST /api/dues-statements/upload` (multipart, the CSV in `file`): parsed, and — only when
 * every line is good — stored with its matching in one transaction. Bad lines: 400 with each
 * line's problem, nothing stored.
 */
const upload = guardedEndpoint({
  path: '/upload',
  method: 'post',
  access: mayReconcile,
  handler: async (req) => {
    const file = await uploadedStatement(req)
    let parsed
    try {
      parsed = parseStatement(file.data, statementLimits().lines)
    } catch (error) {
      if (error instanceof StatementError) throw userError(req, 400, error.text)
      throw error
    }
    if (parsed.errors.length) {
      const lines = new Set(parsed.errors.map((error) => error.line)).size
      return Response.json(
        {
          errors: [{ message: pick(req, { id: `${lines} baris bermasalah; tidak ada yang disimpan. Perbaiki berkas lalu unggah lagi.`, en: `${lines} lines have problems; nothing was stored. Fix the file and upload it again.` }) }],
          lineErrors: parsed.errors.slice(0, ERRORS_IN_ANSWER).map((error) => ({ line: error.line, column: error.column, message: pick(req, error.reason) })),
          lineErrorsTruncated: parsed.errors.length > ERRORS_IN_ANSWER,
        },
        { status: 400 },
      )
    }
    const result = await storeStatement(req, file, parsed)
    return Response.json({
      message: pick(req, {
        id: `${result.newLines} baris baru disimpan: ${result.proposed} dengan usulan tagihan, ${result.unmatched} belum cocok.`,
        en: `${result.newLines} new lines stored: ${result.proposed} with proposed bills, ${result.unmatched} unmatched.`,
      }),
      ...result,
    })
  },
})

const lineIds = (req: PayloadRequest, raw: unknown) => {
  const ids = Array.isArray(raw) ? [...new Set(raw.map(Number))] : []
  if (ids.length === 0 || ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) {
    throw userError(req, 400, { id: 'Pilih minimal satu baris mutasi.', en: 'Choose at least one statement line.' })
  }
  if (ids.length > MAX_CONFIRM) throw userError(req, 400, { id: `Paling banyak ${MAX_CONFIRM} baris sekali konfirmasi.`, en: `At most ${MAX_CONFIRM} lines per confirmation.` })
  return ids
}

/** `POST /api/dues-statement-lines/confirm` `{ lines: [id…] }`: each line's outcome. */
const confirm = guardedEndpoint({
  path: '/confirm',
  method: 'post',
  access: mayReconcile,
  handler: async (req) => {
    const ids = lineIds(req, (await bodyOf(req)).lines)
    const results = await confirmLines(req, ids)
    const confirmed = results.filter((result) => result.ok).length
    return Response.json({
      message: pick(req, {
        id: `${confirmed} baris dikonfirmasi${confirmed < results.length ? `, ${results.length - confirmed} gagal` : ''}.`,
        en: `${confirmed} lines confirmed${confirmed < results.length ? `, ${results.length - confirmed} failed` : ''}.`,
      }),
      confirmed,
      failed: results.length - confirmed,
      results,
    })
  },
})

/** `POST /api/dues-statement-lines/rematch` `{}`: matching again for every waiting line (after new bills). */
const rematch = guardedEndpoint({
  path: '/rematch',
  method: 'post',
  access: mayReconcile,
  handler: async (req) => {
    const counts = await matchLines(req, { all: true })
    return Response.json({ message: pick(req, { id: `${counts.proposed} baris dengan usulan, ${counts.unmatched} belum cocok.`, en: `${counts.proposed} lines with proposals, ${counts.unmatched} unmatched.` }), ...counts })
  },
})

/** `POST /api/dues-statement-lines/:id/match` `{ codes: [paymentCode…] }` and `/:id/ignore` `{ reason }`. */
const match = guardedEndpoint({
  path: '/:id/match',
  method: 'post',
  access: mayReconcile,
  handler: async (req) => {
    const doc = await matchLineByHand(req, idParam(req), (await bodyOf(req)).codes)
    return Response.json({ message: pick(req, { id: 'Baris dicocokkan; konfirmasi untuk mencatat pembayaran.', en: 'Line matched; confirm it to record the payment.' }), doc })
  },
})

const ignore = guardedEndpoint({
  path: '/:id/ignore',
  method: 'post',
  access: mayReconcile,
  handler: async (req) => {
    const doc = await ignoreLine(req, idParam(req), (await bodyOf(req)).reason)
    return Response.json({ message: pick(req, { id: 'Baris diabaikan.', en: 'Line ignored.' }), doc })
  },
})

export const statementEndpoints: Endpoint[] = [upload]
export const statementLineEndpoints: Endpoint[] = [confirm, rematch, match, ignore]
