import Link from 'next/link'
import type { AdminViewServerProps, PayloadRequest, Where } from 'payload'

import { can, idOfRelation, withRole } from '@/access'
import { AdminFrame, langOf } from '@/components/admin/AdminFrame'
import { defineTexts, formatDateTime, formatRupiah, type Lang } from '@/lib/i18n'

import type { DuesClaim } from '../../../../payload-types'
import { claimActionsFrom } from '../../claims/moves'
import { DUES_BILLS } from '../../collections/DuesBills'
import { DUES_CLAIMS } from '../../collections/DuesClaims'
import { billStatusOptions, billTypeOptions, claimStatusOptions, claimTypeOptions, labelOf, paymentStatusOptions } from '../../collections/labels'
import { periodLabel } from '../../bills/period'
import { memberCards } from '../members'
import { BILLS_PATH, CLAIMS_PATH } from '../paths'
import { ClaimActions } from './ClaimActions'

const PAGE_SIZE = 20

const texts = defineTexts({
  title: { id: 'Klaim iuran', en: 'Dues claims' },
  all: { id: 'Semua', en: 'All' },
  none: { id: 'Tidak ada klaim di sini.', en: 'No claims here.' },
  member: { id: 'Anggota', en: 'Member' },
  type: { id: 'Jenis', en: 'Type' },
  bill: { id: 'Tagihan', en: 'Bill' },
  payment: { id: 'Pembayaran', en: 'Payment' },
  filed: { id: 'Diajukan', en: 'Filed' },
  status: { id: 'Status', en: 'Status' },
  description: { id: 'Uraian', en: 'Description' },
  decision: { id: 'Catatan keputusan', en: 'Decision note' },
  processed: { id: 'Diproses', en: 'Processed' },
  proof: { id: 'bukti', en: 'proof' },
  back: { id: 'Kembali ke daftar', en: 'Back to the list' },
  notFound: { id: 'Klaim tidak ditemukan.', en: 'Claim not found.' },
  decided: { id: 'Klaim ini sudah diputuskan.', en: 'This claim has been decided.' },
  prev: { id: 'Sebelumnya', en: 'Previous' },
  next: { id: 'Berikutnya', en: 'Next' },
})

const day = (lang: Lang, iso?: string | null) => formatDateTime(lang, iso) || '—'

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <>
    <dt style={{ color: 'var(--theme-elevation-600)' }}>{label}</dt>
    <dd style={{ margin: 0 }}>{children}</dd>
  </>
)

/** One claim with its bill and payment, read as the user; the moves it may still make. */
const ClaimDetail = async ({ req, claim, lang, mayProcess }: { req: PayloadRequest; claim: DuesClaim; lang: Lang; mayProcess: boolean }) => {
  const as = { req, user: req.user, overrideAccess: false, depth: 0, disableErrors: true } as const
  const billId = idOfRelation(claim.bill)
  const paymentId = idOfRelation(claim.payment)
  const memberId = Number(idOfRelation(claim.member))
  const [bill, payment, members] = await Promise.all([
    billId == null ? null : req.payload.findByID({ collection: DUES_BILLS, id: billId, ...as }),
    paymentId == null ? null : req.payload.findByID({ collection: 'dues-payments', id: paymentId, ...as }),
    memberCards(req, [memberId]),
  ])
  const member = members.get(memberId)
  const actions = mayProcess ? claimActionsFrom(claim.status) : []
  return (
    <article data-testid="claim-detail" data-claim={claim.id} style={{ display: 'grid', gap: '1rem', padding: '1rem', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
      <h2 style={{ margin: 0 }}>
        {labelOf(claimTypeOptions, claim.claimType)[lang]} — {member?.fullName ?? `#${memberId}`}
      </h2>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '.25rem 1rem', margin: 0 }}>
        <Row label={texts(lang).member}>
          <Link href={`/admin${BILLS_PATH}?member=${memberId}`}>{member?.fullName ?? `#${memberId}`}</Link> {member?.memberNumber}
        </Row>
        <Row label={texts(lang).status}>
          <span data-testid="claim-status">{labelOf(claimStatusOptions, claim.status)[lang]}</span>
        </Row>
        <Row label={texts(lang).filed}>{day(lang, claim.createdAt)}</Row>
        <Row label={texts(lang).bill}>
          {bill
            ? `${labelOf(billTypeOptions, bill.billType)[lang]} ${periodLabel({ year: bill.periodYear, month: bill.periodMonth }, lang)} · ${formatRupiah(bill.transferAmount ?? bill.billAmount)} · ${bill.paymentCode} · ${labelOf(billStatusOptions, bill.billStatus)[lang]}`
            : '—'}
        </Row>
        <Row label={texts(lang).payment}>
          {payment ? (
            <>
              {formatRupiah(payment.paidAmount)} · {labelOf(paymentStatusOptions, payment.paymentStatus)[lang]}
              {payment.filename && (
                <>
                  {' '}
                  · <a href={`/api/dues-payments/${payment.id}/download`}>{texts(lang).proof}</a>
                </>
              )}
            </>
          ) : (
            '—'
          )}
        </Row>
        <Row label={texts(lang).description}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{claim.description}</span>
        </Row>
        {claim.decisionNote && <Row label={texts(lang).decision}>{claim.decisionNote}</Row>}
        {claim.processedAt && <Row label={texts(lang).processed}>{day(lang, claim.processedAt)}</Row>}
      </dl>
      {actions.length > 0 ? <ClaimActions lang={lang} claimId={claim.id} actions={actions} /> : <p>{texts(lang).decided}</p>}
    </article>
  )
}

/**
 * `/admin/iuran/klaim`: members' claims by status, oldest first; `?id=` opens one with its bill
 * and payment and the moves it may still make (review, approve, reject with a note) through the
 * claim endpoints. Needs `dues.claim.view_all`; the buttons also `dues.claim.process`.
 */
export const ClaimsView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const user = await withRole(req)
  const lang = langOf(view)
  const allowed = can(user, 'dues.claim.view_all')
  const refusal = { id: 'Anda tidak berhak melihat klaim iuran.', en: 'You are not allowed to view dues claims.' }
  if (!allowed) return <AdminFrame view={view} allowed={false} refusal={refusal} />

  const params = view.searchParams ?? {}
  const status = claimStatusOptions.find((option) => option.value === params.status)?.value ?? (params.status === 'all' ? 'all' : 'submitted')
  const page = Math.max(1, Math.min(100_000, Number(params.page) || 1))
  const openId = Number(params.id)
  const as = { req, user, overrideAccess: false, depth: 0 } as const
  const where: Where = status === 'all' ? {} : { status: { equals: status } }
  const [claims, opened] = await Promise.all([
    req.payload.find({ collection: DUES_CLAIMS, where, sort: ['createdAt', 'id'], page, limit: PAGE_SIZE, ...as }),
    Number.isSafeInteger(openId) && openId > 0 ? req.payload.findByID({ collection: DUES_CLAIMS, id: openId, disableErrors: true, ...as }) : null,
  ])
  const members = await memberCards(req, claims.docs.map((claim) => Number(idOfRelation(claim.member))))
  const link = (change: Record<string, string | number>) => `?${new URLSearchParams(Object.entries({ status, page, ...change }).map(([k, v]) => [k, String(v)]))}`

  return (
    <AdminFrame view={view} allowed refusal={refusal}>
      <div style={{ display: 'grid', gap: '1.25rem', padding: '1.5rem 0 3rem' }}>
        <h1 style={{ margin: 0 }}>{texts(lang).title}</h1>
        <nav style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem' }} aria-label={texts(lang).status}>
          {[...claimStatusOptions.map((option) => ({ value: option.value, label: option.label[lang] })), { value: 'all', label: texts(lang).all }].map((option) => (
            <Link key={option.value} href={link({ status: option.value, page: 1 })} aria-current={option.value === status ? 'page' : undefined} style={{ fontWeight: option.value === status ? 700 : 400 }}>
              {option.label}
            </Link>
          ))}
        </nav>
        {params.id != null &&
          (opened ? (
            <ClaimDetail req={req} claim={opened} lang={lang} mayProcess={can(user, 'dues.claim.process')} />
          ) : (
            <p role="alert">{texts(lang).notFound}</p>
          ))}
        {claims.docs.length === 0 ? (
          <p>{texts(lang).none}</p>
        ) : (
          <table className="table" data-testid="claims-table" style={{ width: '100%' }}>
            <thead>
              <tr>
                {(['filed', 'member', 'type', 'status', 'description'] as const).map((key) => (
                  <th key={key} scope="col" style={{ textAlign: 'left' }}>
                    {texts(lang)[key]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {claims.docs.map((claim) => {
                const member = members.get(Number(idOfRelation(claim.member)))
                return (
                  <tr key={claim.id} aria-current={claim.id === openId ? 'true' : undefined}>
                    <td>
                      <Link href={link({ id: claim.id })}>{day(lang, claim.createdAt)}</Link>
                    </td>
                    <td>{member?.fullName ?? '—'}</td>
                    <td>{labelOf(claimTypeOptions, claim.claimType)[lang]}</td>
                    <td>{labelOf(claimStatusOptions, claim.status)[lang]}</td>
                    <td>{claim.description.length > 80 ? `${claim.description.slice(0, 80)}…` : claim.description}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
        {claims.totalPages > 1 && (
          <nav style={{ display: 'flex', gap: '1rem' }} aria-label={texts(lang).title}>
            {claims.hasPrevPage && <Link href={link({ page: page - 1 })}>{texts(lang).prev}</Link>}
            <span>
              {page} / {claims.totalPages}
            </span>
            {claims.hasNextPage && <Link href={link({ page: page + 1 })}>{texts(lang).next}</Link>}
          </nav>
        )}
        <p>
          <Link href={`/admin${CLAIMS_PATH}`}>{texts(lang).back}</Link>
        </p>
      </div>
    </AdminFrame>
  )
}
