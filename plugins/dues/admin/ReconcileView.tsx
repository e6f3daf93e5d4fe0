import type { AdminViewServerProps, PayloadRequest } from 'payload'

import { can, idOfRelation, withRole } from '@/access'
import { AdminFrame, langOf } from '@/components/admin/AdminFrame'

import type { DuesBill, DuesStatementLine } from '../../../payload-types'
import { DUES_STATEMENT_LINES } from '../collections/DuesStatementLines'
import { DUES_STATEMENTS } from '../collections/DuesStatements'
import { statementLimits } from '../endpoints/reconcile'
import { labelOf } from '../collections/labels'
import { confidenceOf, matchKindOptions, type MatchKind } from '../reconcile/kinds'
import { ReconcileForms, type LineRow } from './ReconcileForms'

const PAGE_SIZE = 100

/**
 * Whose payment it is: the treasurer holds no member permission, so names and numbers of the
 * lines' members are read as the system, after the view checked `dues.payment.verify`.
 */
const membersOf = async (req: PayloadRequest, ids: number[]) => {
  if (ids.length === 0) return new Map<number, { name: string; number: string | null }>()
  const { docs } = await req.payload.find({
    collection: 'members',
    where: { id: { in: ids } },
    select: { fullName: true, memberNumber: true },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return new Map(docs.map((member) => [member.id, { name: member.fullName, number: member.memberNumber ?? null }]))
}

/** A page of lines in one status, read with the user's own access. */
const linesIn = (req: PayloadRequest, lineStatus: 'proposed' | 'unmatched', page: number) =>
  req.payload.find({
    collection: DUES_STATEMENT_LINES,
    where: { lineStatus: { equals: lineStatus } },
    sort: ['valueDate', 'id'],
    page,
    limit: PAGE_SIZE,
    depth: 1,
    req,
    user: req.user,
    overrideAccess: false,
  })

const rowsOf = async (req: PayloadRequest, lines: DuesStatementLine[], lang: 'id' | 'en'): Promise<LineRow[]> => {
  const members = await membersOf(req, [...new Set(lines.map((line) => Number(idOfRelation(line.member))).filter(Boolean))])
  return lines.map((line) => {
    const kind = line.matchKind as MatchKind
    return {
      id: line.id,
      lineNumber: line.lineNumber,
      statement: Number(idOfRelation(line.statement)),
      valueDate: line.valueDate,
      amount: line.amount,
      description: line.description ?? '',
      reference: line.reference ?? '',
      kind: labelOf(matchKindOptions, kind)[lang],
      confidence: confidenceOf[kind] ? { level: confidenceOf[kind].level, label: confidenceOf[kind].label[lang] } : null,
      member: members.get(Number(idOfRelation(line.member))) ?? null,
      bills: (line.bills ?? [])
        .filter((bill): bill is DuesBill => typeof bill === 'object')
        .map((bill) => ({ code: bill.paymentCode ?? '', amount: bill.transferAmount ?? 0, period: `${String(bill.periodMonth).padStart(2, '0')}/${bill.periodYear}` })),
    }
  })
}

const pageParam = (value: unknown) => Math.max(1, Number(value) || 1)

/**
 * `/admin/iuran/rekonsiliasi`: upload a bank statement, confirm the proposed matches in bulk,
 * work through the unmatched queue (match by payment code, or ignore with a reason). For
 * `dues.payment.verify`; anyone else sees a 403 page, and the endpoints check again.
 */
export const ReconcileView = async (view: AdminViewServerProps) => {
  const { initPageResult, searchParams } = view
  const { req } = initPageResult
  const user = await withRole(req)
  const lang = langOf(view)
  const allowed = can(user, 'dues.payment.verify')
  const refusal = { id: 'Anda tidak berhak merekonsiliasi pembayaran.', en: 'You are not allowed to reconcile payments.' }
  if (!allowed) return <AdminFrame view={view} allowed={false} refusal={refusal} />
  const pages = { proposed: pageParam(searchParams?.usulan), queue: pageParam(searchParams?.antrean) }
  const [proposed, queue, ignored, statements] = await Promise.all([
    linesIn(req, 'proposed', pages.proposed),
    linesIn(req, 'unmatched', pages.queue),
    req.payload.count({ collection: DUES_STATEMENT_LINES, where: { lineStatus: { equals: 'ignored' } }, req, user: req.user, overrideAccess: false }),
    req.payload.find({ collection: DUES_STATEMENTS, sort: '-createdAt', limit: 5, depth: 0, req, user: req.user, overrideAccess: false }),
  ])
  return (
    <AdminFrame view={view} allowed refusal={refusal}>
        <ReconcileForms
          lang={lang}
          apiRoute={req.payload.config.routes.api}
          maxMegabytes={Math.round((statementLimits().bytes / 1024 / 1024) * 10) / 10}
          proposed={{ rows: await rowsOf(req, proposed.docs, lang), page: proposed.page ?? 1, totalPages: proposed.totalPages, total: proposed.totalDocs }}
          queue={{ rows: await rowsOf(req, queue.docs, lang), page: queue.page ?? 1, totalPages: queue.totalPages, total: queue.totalDocs }}
          ignored={ignored.totalDocs}
          statements={statements.docs.map((s) => ({ id: s.id, fileName: s.fileName, createdAt: s.createdAt, newLines: s.newLines ?? 0, duplicateLines: s.duplicateLines ?? 0 }))}
        />
    </AdminFrame>
  )
}
