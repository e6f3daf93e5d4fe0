import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { writeAudit } from '@/lib/audit'
import { drizzleFor } from '@/lib/db/session'
import { userError } from '@/lib/messages'
import { withTransaction } from '@/lib/transaction'
import { sha256 } from '@/lib/uploads'

import { DUES_STATEMENTS } from '../collections/DuesStatements'
import { settingsOf } from '../options'
import { startOfDay } from '../bills/period'
import { matchLines, type MatchCounts } from './match'
import type { StatementLine } from './statement'

export type UploadResult = {
  statement: number
  totalLines: number
  newLines: number
  duplicateLines: number
  skippedLines: number
} & MatchCounts

/** `YYYY-MM-DD` as the start of that day on the plugin's calendar (Asia/Jakarta). */
const dayStart = (req: PayloadRequest, date: string) => {
  const [year, month, day] = date.split('-').map(Number)
  return startOfDay(year, month, day, settingsOf(req.payload.config).timezone).toISOString()
}

/**
 * Stores a parsed statement in ONE transaction: the statement (its checksum unique: the same
 * file twice is a 409), its new lines inserted set-based — a line whose fingerprint is already
 * stored (from an overlapping file) is skipped by the unique index — the matching of the new
 * lines, the audit entry.
 */
export const storeStatement = async (req: PayloadRequest, file: { name: string; data: Buffer }, parsed: { lines: StatementLine[]; skippedLines: number }): Promise<UploadResult> => {
  const checksum = sha256(file.data)
  return withTransaction(req, async () => {
    const { totalDocs } = await req.payload.count({ collection: DUES_STATEMENTS, where: { checksum: { equals: checksum } }, req, overrideAccess: true })
    if (totalDocs > 0) throw userError(req, 409, { id: 'Berkas mutasi ini sudah pernah diunggah.', en: 'This statement file was uploaded before.' })
    const statement = await req.payload.create({
      collection: DUES_STATEMENTS,
      data: { fileName: file.name, checksum, totalLines: parsed.lines.length, skippedLines: parsed.skippedLines, uploadedBy: req.user?.id ?? null },
      req,
      overrideAccess: true,
      depth: 0,
    })
    const records = parsed.lines.map((line) => ({ ...line, valueDate: dayStart(req, line.valueDate) }))
    const db = await drizzleFor(req)
    const { rows } = await db.execute<{ id: number }>(sql`
      INSERT INTO dues_statement_lines (statement_id, line_number, value_date, amount, description, reference, fingerprint, line_status, match_kind, updated_at, created_at)
      SELECT ${statement.id}, l."lineNumber", l."valueDate", l.amount, NULLIF(l.description, ''), NULLIF(l.reference, ''), l.fingerprint, 'unmatched', 'none', now(), now()
      FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb)
        AS l("lineNumber" int, "valueDate" timestamptz, amount numeric, description text, reference text, fingerprint text)
      ORDER BY l."lineNumber"
      ON CONFLICT (fingerprint) DO NOTHING
      RETURNING id`)
    const newLines = rows.length
    const counts = await matchLines(req, { statement: statement.id })
    await req.payload.update({
      collection: DUES_STATEMENTS,
      id: statement.id,
      data: { newLines, duplicateLines: parsed.lines.length - newLines },
      req,
      overrideAccess: true,
      depth: 0,
    })
    const result = { statement: statement.id, totalLines: parsed.lines.length, newLines, duplicateLines: parsed.lines.length - newLines, skippedLines: parsed.skippedLines, ...counts }
    await writeAudit(req, { action: 'dues.statement.upload', targetType: DUES_STATEMENTS, targetId: statement.id, newValues: { fileName: file.name, checksum, ...result } })
    return result
  })
}
