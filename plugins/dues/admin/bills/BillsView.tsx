import Link from 'next/link'
import type { AdminViewServerProps } from 'payload'

import { can, idOfRelation, regionIdOf, scopeOf, withRole } from '@/access'
import { AdminFrame, langOf } from '@/components/admin/AdminFrame'
import { defineTexts, formatDate, formatMonth, formatNumber, formatRupiah } from '@/lib/i18n'

import { DUES_BILLS } from '../../collections/DuesBills'
import { billStatusOptions, billTypeOptions, labelOf } from '../../collections/labels'
import { periodLabel } from '../../bills/period'
import { memberCards, SEARCH_CAP } from '../members'
import { BILLS_PATH } from '../paths'
import { billsWhere, filtersFrom, type BillFilters } from './filters'
import { billTotals } from './totals'

const PAGE_SIZE = 25

const texts = defineTexts({
  title: { id: 'Tagihan iuran', en: 'Dues bills' },
  year: { id: 'Tahun', en: 'Year' },
  month: { id: 'Bulan', en: 'Month' },
  status: { id: 'Status', en: 'Status' },
  type: { id: 'Jenis', en: 'Type' },
  region: { id: 'Wilayah', en: 'Region' },
  level: { id: 'Tingkat tunggakan', en: 'Arrears level' },
  q: { id: 'Nama, no. anggota atau kode pembayaran', en: 'Name, member no. or payment code' },
  all: { id: 'Semua', en: 'All' },
  apply: { id: 'Terapkan', en: 'Apply' },
  reset: { id: 'Hapus filter', en: 'Clear filters' },
  member: { id: 'Anggota', en: 'Member' },
  memberOnly: { id: 'Hanya tagihan satu anggota', en: 'Only one member’s bills' },
  period: { id: 'Periode', en: 'Period' },
  amount: { id: 'Iuran', en: 'Dues' },
  code: { id: 'Kode unik', en: 'Unique code' },
  transfer: { id: 'Nominal transfer', en: 'Transfer amount' },
  paymentCode: { id: 'Kode pembayaran', en: 'Payment code' },
  due: { id: 'Jatuh tempo', en: 'Due' },
  none: { id: 'Tidak ada tagihan yang cocok.', en: 'No bills match.' },
  totals: { id: 'Jumlah', en: 'Totals' },
  bills: { id: 'tagihan', en: 'bills' },
  capped: { id: `Pencarian terlalu umum: hanya ${formatNumber('id', SEARCH_CAP)} anggota pertama yang cocok dipakai. Persempit kata kuncinya.`, en: `The search is too broad: only the first ${formatNumber('en', SEARCH_CAP)} matching members are used. Narrow it down.` },
  prev: { id: 'Sebelumnya', en: 'Previous' },
  next: { id: 'Berikutnya', en: 'Next' },
  pages: { id: 'Halaman', en: 'Pages' },
})

const query = (f: BillFilters, change: Partial<Record<keyof BillFilters, string | number | undefined>>) => {
  const entries = Object.entries({ ...f, ...change }).filter(([, value]) => value != null && value !== '')
  return `?${new URLSearchParams(entries.map(([key, value]) => [key, String(value)]))}`
}

const labelStyle = { display: 'grid', gap: '.25rem' } as const

type FilterOption = { value: string | number; label: string }

/** One filter of the form: a labelled select whose empty choice (when given) means "all". */
const FilterSelect = ({ label, name, value, all, disabled, options }: { label: string; name: string; value?: string | number; all?: string; disabled?: boolean; options: FilterOption[] }) => (
  <label style={labelStyle}>
    {label}
    <select name={name} defaultValue={value ?? ''} disabled={disabled}>
      {all !== undefined && <option value="">{all}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  </label>
)

/**
 * `/admin/iuran/tagihan`: every bill the user may read (treasurers all, coordinators their
 * region's, through the collection's access), filtered by period, status, type, region, arrears
 * level and member, with the totals of the filtered set and pages of 25.
 */
export const BillsView = async (view: AdminViewServerProps) => {
  const { req } = view.initPageResult
  const user = await withRole(req)
  const lang = langOf(view)
  const allowed = can(user, 'dues.bill.view_all') || can(user, 'region.dues.view')
  const refusal = { id: 'Anda tidak berhak melihat tagihan iuran.', en: 'You are not allowed to view dues bills.' }
  if (!allowed) return <AdminFrame view={view} allowed={false} refusal={refusal} />

  const text = texts(lang)
  const f = filtersFrom(view.searchParams)
  const own = scopeOf(user) === 'region' ? Number(regionIdOf(user)) : null
  const { where, capped } = await billsWhere(req, f)
  const [bills, totals, regions] = await Promise.all([
    req.payload.find({ collection: DUES_BILLS, where, sort: ['-periodYear', '-periodMonth', 'id'], page: f.page, limit: PAGE_SIZE, depth: 0, req, user, overrideAccess: false }),
    billTotals(req, where),
    req.payload.find({ collection: 'regions', where: own ? { id: { equals: own } } : {}, sort: 'code', pagination: false, depth: 0, req, user, overrideAccess: false }),
  ])
  const members = await memberCards(req, bills.docs.map((bill) => Number(idOfRelation(bill.member))))
  const regionName = new Map(regions.docs.map((region) => [region.id, `${region.code} — ${region.name}`]))

  return (
    <AdminFrame view={view} allowed refusal={refusal}>
      <div style={{ display: 'grid', gap: '1.5rem', padding: '1.5rem 0 3rem' }}>
        <h1 style={{ margin: 0 }}>{text.title}</h1>
        <form method="get" action={`/admin${BILLS_PATH}`} style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'end' }}>
          <label style={labelStyle}>
            {text.year}
            <input type="number" name="year" min={2000} max={2100} defaultValue={f.year} style={{ width: '6rem' }} />
          </label>
          <FilterSelect label={text.month} name="month" value={f.month} all={text.all} options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: formatMonth(lang, { month: i + 1 }) }))} />
          <FilterSelect label={text.status} name="status" value={f.status} all={text.all} options={billStatusOptions.map((option) => ({ value: option.value, label: option.label[lang] }))} />
          <FilterSelect label={text.type} name="type" value={f.type} all={text.all} options={billTypeOptions.map((option) => ({ value: option.value, label: option.label[lang] }))} />
          <FilterSelect
            label={text.region}
            name="region"
            value={f.region}
            // A coordinator's region is fixed: no "all", and the choice is locked.
            all={own == null ? text.all : undefined}
            disabled={own != null}
            options={regions.docs.map((region) => ({ value: region.id, label: regionName.get(region.id) ?? '' }))}
          />
          <FilterSelect label={text.level} name="level" value={f.level} all={text.all} options={[0, 1, 2, 3].map((level) => ({ value: level, label: String(level) }))} />
          <label style={{ ...labelStyle, flex: '1 1 16rem' }}>
            {text.q}
            <input type="search" name="q" defaultValue={f.q} maxLength={100} />
          </label>
          {f.member && (
            <label style={labelStyle}>
              <span>
                <input type="checkbox" name="member" value={f.member} defaultChecked /> {text.memberOnly}
              </span>
            </label>
          )}
          <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
            {text.apply}
          </button>
          <Link href={`/admin${BILLS_PATH}`}>{text.reset}</Link>
        </form>
        {capped && <p role="alert">{text.capped}</p>}
        <section aria-label={text.totals} data-testid="bill-totals" style={{ display: 'flex', flexWrap: 'wrap', gap: '.5rem 2rem' }}>
          <strong>
            {formatNumber(lang, totals.count)} {text.bills} · {text.amount} {formatRupiah(totals.billAmount)} · {text.transfer} {formatRupiah(totals.transferAmount)}
          </strong>
          {billStatusOptions.map((option) => (
            <span key={option.value}>
              {option.label[lang]}: {formatNumber(lang, totals.byStatus[option.value]?.count ?? 0)} ({formatRupiah(totals.byStatus[option.value]?.transferAmount ?? 0)})
            </span>
          ))}
        </section>
        {bills.docs.length === 0 ? (
          <p>{text.none}</p>
        ) : (
          <div style={{ overflowX: 'auto' }}>
            <table className="table" data-testid="bills-table" style={{ width: '100%' }}>
              <thead>
                <tr>
                  {(['member', 'region', 'period', 'type', 'amount', 'code', 'transfer', 'paymentCode', 'due', 'status', 'level'] as const).map((key) => (
                    <th key={key} scope="col" style={{ textAlign: 'left' }}>
                      {text[key]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {bills.docs.map((bill) => {
                  const memberId = Number(idOfRelation(bill.member))
                  const member = members.get(memberId)
                  return (
                    <tr key={bill.id}>
                      <td>
                        <Link href={query({ page: 1 } as BillFilters, { member: memberId })}>{member?.fullName ?? `#${memberId}`}</Link>
                        {member?.memberNumber && <div style={{ fontSize: '.85em' }}>{member.memberNumber}</div>}
                      </td>
                      <td>{regionName.get(Number(idOfRelation(bill.region))) ?? '—'}</td>
                      <td>{periodLabel({ year: bill.periodYear, month: bill.periodMonth }, lang)}</td>
                      <td>{labelOf(billTypeOptions, bill.billType)[lang]}</td>
                      <td>{formatRupiah(bill.billAmount)}</td>
                      <td>{bill.uniqueCode ?? '—'}</td>
                      <td>{formatRupiah(bill.transferAmount ?? bill.billAmount)}</td>
                      <td style={{ fontFamily: 'monospace' }}>{bill.paymentCode}</td>
                      <td>{formatDate(lang, bill.dueDate)}</td>
                      <td>{labelOf(billStatusOptions, bill.billStatus)[lang]}</td>
                      <td>{bill.arrearsLevel ?? 0}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        )}
        {bills.totalPages > 1 && (
          <nav style={{ display: 'flex', gap: '1rem' }} aria-label={text.pages}>
            {bills.hasPrevPage && <Link href={query(f, { page: f.page - 1 })}>{text.prev}</Link>}
            <span>
              {f.page} / {bills.totalPages}
            </span>
            {bills.hasNextPage && <Link href={query(f, { page: f.page + 1 })}>{text.next}</Link>}
          </nav>
        )}
      </div>
    </AdminFrame>
  )
}
