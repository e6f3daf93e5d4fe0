import QRCode from 'qrcode'

import { formatDate, formatRupiah, type Lang } from '@/site/i18n'
import { requirePermission } from '@/site/member/auth'

import { billStatusOptions, billTypeOptions, claimStatusOptions, claimTypeOptions, labelOf, paymentStatusOptions } from '../collections/labels'
import { periodLabel } from '../bills/period'
import { ClaimForm } from './ClaimForm'
import { PayForm, type PayableBill } from './PayForm'
import { texts } from './text'

const PATH = '/anggota/iuran'
const statusTone: Record<string, string> = {
  paid: 'text-green-800',
  verified: 'text-green-800',
  approved: 'text-green-800',
  overdue: 'text-red-800 font-semibold',
  rejected: 'text-red-800',
}

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : (value as number))

/**
 * `/anggota/iuran`: the member's bills with the amount to transfer (kode unik included), how to
 * pay (bank account and QR from the site settings), a proof upload for one or more open bills,
 * their payment history with the treasurer's decisions, and claims. Everything is read with the
 * member's own access.
 */
export const DuesPage = async ({ lang }: { lang: Lang }) => {
  const { payload, user } = await requirePermission(lang, PATH, 'dues.view_self')
  const as = { user, overrideAccess: false, depth: 0 } as const
  const member = (await payload.find({ collection: 'members', where: { user: { equals: user.id } }, limit: 1, ...as })).docs[0]
  if (!member) {
    return (
      <section className="space-y-4">
        <h1 className="text-3xl font-bold">{texts(lang).title}</h1>
        <p>{texts(lang).noMember}</p>
      </section>
    )
  }
  const [bills, payments, claims, settings] = await Promise.all([
    payload.find({ collection: 'dues-bills', where: { member: { equals: member.id } }, sort: ['-periodYear', '-periodMonth', '-billType'], limit: 120, ...as }),
    payload.find({ collection: 'dues-payments', where: { member: { equals: member.id } }, sort: '-createdAt', limit: 60, ...as }),
    payload.find({ collection: 'dues-claims', where: { member: { equals: member.id } }, sort: '-createdAt', limit: 60, ...as }),
    payload.findGlobal({ slug: 'site-settings', user, overrideAccess: false, depth: 1 }),
  ])
  const waiting = new Set(payments.docs.filter((p) => p.paymentStatus === 'submitted').flatMap((p) => (p.bills ?? []).map(idOf)))
  const billName = (bill: (typeof bills.docs)[number]) =>
    `${labelOf(billTypeOptions, bill.billType)[lang]} ${periodLabel({ year: bill.periodYear, month: bill.periodMonth }, lang)}`
  const payable: PayableBill[] = bills.docs
    .filter((bill) => ['unpaid', 'overdue'].includes(bill.billStatus) && !waiting.has(bill.id))
    .map((bill) => ({ id: bill.id, name: billName(bill), transferAmount: bill.transferAmount ?? bill.billAmount, paymentCode: bill.paymentCode ?? '' }))
  const bank = settings.bankAccount
  const qrImage = settings.paymentQr && typeof settings.paymentQr === 'object' ? settings.paymentQr.url : null
  const qrSvg = settings.paymentQrPayload ? await QRCode.toString(settings.paymentQrPayload, { type: 'svg', margin: 1, width: 200 }) : null
  const billsById = new Map(bills.docs.map((bill) => [bill.id, bill]))

  return (
    <section className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{texts(lang).title}</h1>
        <p className="text-muted">{texts(lang).intro}</p>
        {user.accountStatus === 'suspended' && member.duesSuspendedAt && (
          <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
            {texts(lang).suspended}
          </p>
        )}
      </header>

      <div>
        <h2 className="mb-3 text-xl font-bold">{texts(lang).bills}</h2>
        {bills.docs.length === 0 ? (
          <p>{texts(lang).noBills}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg bg-white shadow">
            <table className="w-full text-left text-sm" data-testid="dues-bills">
              <thead className="border-b">
                <tr>
                  {(['period', 'amount', 'uniqueCode', 'transfer', 'paymentCode', 'due', 'status'] as const).map((key) => (
                    <th key={key} scope="col" className="p-2">
                      {texts(lang)[key]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {bills.docs.map((bill) => (
                  <tr key={bill.id} className="border-b last:border-0">
                    <th scope="row" className="p-2 font-normal">
                      {billName(bill)}
                    </th>
                    <td className="p-2">{formatRupiah(bill.billAmount)}</td>
                    <td className="p-2">{bill.uniqueCode}</td>
                    <td className="p-2 font-semibold">{formatRupiah(bill.transferAmount)}</td>
                    <td className="p-2 font-mono">{bill.paymentCode}</td>
                    <td className="p-2">{formatDate(lang, bill.dueDate)}</td>
                    <td className={`p-2 ${statusTone[bill.billStatus] ?? ''}`}>
                      {labelOf(billStatusOptions, bill.billStatus)[lang]}
                      {waiting.has(bill.id) && ` · ${texts(lang).waiting}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>

      <div className="grid gap-8 lg:grid-cols-2">
        <div className="space-y-3 rounded-lg bg-white p-4 shadow">
          <h2 className="text-xl font-bold">{texts(lang).howToPay}</h2>
          {bank?.accountNumber ? (
            <dl className="grid grid-cols-[10rem_1fr] gap-y-1">
              <dt className="font-semibold">{texts(lang).bank}</dt>
              <dd>{bank.bankName}</dd>
              <dt className="font-semibold">{texts(lang).account}</dt>
              <dd className="font-mono text-lg">{bank.accountNumber}</dd>
              <dt className="font-semibold">{texts(lang).holder}</dt>
              <dd>{bank.accountHolder}</dd>
            </dl>
          ) : (
            <p>{texts(lang).noBank}</p>
          )}
          {(qrSvg || qrImage) && (
            <figure className="space-y-1">
              {qrSvg ? (
                // Our own SVG, drawn by the qrcode library from the settings' QRIS text.
                <div className="h-[200px] w-[200px]" role="img" aria-label={texts(lang).qr} dangerouslySetInnerHTML={{ __html: qrSvg }} />
              ) : (
                // eslint-disable-next-line @next/next/no-img-element -- a media file of any size, shown as uploaded
                <img src={qrImage!} alt={texts(lang).qr} width={200} height={200} />
              )}
              <figcaption className="text-sm text-muted">{texts(lang).qr}</figcaption>
            </figure>
          )}
          <p>{texts(lang).steps}</p>
        </div>
        <div className="rounded-lg bg-white p-4 shadow">
          <h2 className="mb-3 text-xl font-bold">{texts(lang).payTitle}</h2>
          <PayForm lang={lang} memberId={member.id} userId={user.id} bills={payable} />
        </div>
      </div>

      <div>
        <h2 className="mb-3 text-xl font-bold">{texts(lang).history}</h2>
        {payments.docs.length === 0 ? (
          <p>{texts(lang).noPayments}</p>
        ) : (
          <ul className="space-y-2" data-testid="dues-payments">
            {payments.docs.map((payment) => (
              <li key={payment.id} className="rounded-lg bg-white p-3 shadow">
                <p>
                  <span className="font-semibold">{formatRupiah(payment.paidAmount)}</span> · {texts(lang).sentOn} {formatDate(lang, payment.createdAt)} ·{' '}
                  <span className={statusTone[payment.paymentStatus] ?? ''}>{labelOf(paymentStatusOptions, payment.paymentStatus)[lang]}</span>
                  {payment.filename && (
                    <>
                      {' '}
                      · <a href={`/api/dues-payments/${payment.id}/download`}>{texts(lang).proofLink}</a>
                    </>
                  )}
                </p>
                <p className="text-sm text-muted">
                  {(payment.bills ?? []).map((bill) => billsById.get(idOf(bill))).filter(Boolean).map((bill) => billName(bill!)).join(', ')}
                </p>
                {payment.paymentStatus === 'rejected' && payment.rejectedReason && (
                  <p className="text-sm text-red-800">
                    {texts(lang).reason}: {payment.rejectedReason}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="space-y-4">
        <h2 className="text-xl font-bold">{texts(lang).claims}</h2>
        <p>{texts(lang).claimIntro}</p>
        {claims.docs.length > 0 ? (
          <ul className="space-y-2" data-testid="dues-claims">
            {claims.docs.map((claim) => (
              <li key={claim.id} className="rounded-lg bg-white p-3 shadow">
                <p>
                  <span className="font-semibold">{labelOf(claimTypeOptions, claim.claimType)[lang]}</span> · {formatDate(lang, claim.createdAt)} ·{' '}
                  <span className={statusTone[claim.status] ?? ''}>{labelOf(claimStatusOptions, claim.status)[lang]}</span>
                </p>
                <p className="text-sm">{claim.description}</p>
                {claim.decisionNote && (
                  <p className="text-sm text-muted">
                    {texts(lang).decision}: {claim.decisionNote}
                  </p>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">{texts(lang).noClaims}</p>
        )}
        <div className="max-w-xl rounded-lg bg-white p-4 shadow">
          <ClaimForm lang={lang} memberId={member.id} userId={user.id} bills={bills.docs.map((bill) => ({ id: bill.id, name: `${billName(bill)} — ${bill.paymentCode}` }))} />
        </div>
      </div>
    </section>
  )
}
