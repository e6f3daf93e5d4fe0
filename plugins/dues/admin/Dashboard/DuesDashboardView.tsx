import type { AdminViewServerProps } from 'payload'

import { withRole } from '@/access'
import { AdminFrame, langOf } from '@/components/admin/AdminFrame'
import { formatNumber, formatRupiah } from '@/lib/i18n'

import { DUES_BILLS } from '../../collections/DuesBills'
import { settingsOf } from '../../options'
import { periodOf } from '../../bills/period'
import { duesFigures, type ArrearsFigure } from '../../reports/figures'
import { duesScopeOf, mayExportDues } from '../../reports/scope'
import { BarChart } from './BarChart'
import { FigureTable } from './FigureTable'
import { ReportForm } from './ReportForm'
import { monthLabel, refused, texts } from './text'

const section = { margin: 'calc(var(--base) * 2) 0' }

const Card = ({ label, value, detail }: { label: string; value: string; detail?: string }) => (
  <div style={{ padding: 'var(--base)', border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
    <dt style={{ color: 'var(--theme-elevation-600)' }}>{label}</dt>
    <dd style={{ margin: 0, fontSize: '1.5rem', fontWeight: 600 }}>{value}</dd>
    {detail && <dd style={{ margin: 0 }}>{detail}</dd>}
  </div>
)

/** Arrears rows summed by one key (level, or region). */
const sumBy = <K,>(rows: ArrearsFigure[], key: (row: ArrearsFigure) => K) => {
  const sums = new Map<K, { members: number; amount: number; rows: ArrearsFigure[] }>()
  for (const row of rows) {
    const sum = sums.get(key(row)) ?? { members: 0, amount: 0, rows: [] }
    sums.set(key(row), { members: sum.members + row.members, amount: sum.amount + row.amount, rows: [...sum.rows, row] })
  }
  return sums
}

/**
 * `/admin/iuran`: the treasurer's dashboard: dues collected per
 * month, what is outstanding, arrears by level and by region, each chart with its table, and
 * the report downloads. Coordinators (`region.dues.view`) see their own region's recap only.
 * The view checks the permission itself; the report endpoint checks again.
 */
export const DuesDashboardView = async (view: AdminViewServerProps) => {
  const { initPageResult, searchParams } = view
  const { req } = initPageResult
  const user = await withRole(req)
  const lang = langOf(view)
  const scope = duesScopeOf(user)
  if (!scope) return <AdminFrame view={view} allowed={false} refusal={refused} />

  const { docs: regions } = await req.payload.find({
    collection: 'regions',
    where: scope.region != null ? { id: { equals: scope.region } } : {},
    sort: 'code',
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  // The treasurer may narrow the dashboard to one region (?region=<id>); a coordinator has theirs.
  const asked = Number(searchParams?.region)
  const region = scope.region ?? (regions.some((r) => r.id === asked) ? asked : null)
  const regionName = region == null ? null : regions.find((r) => r.id === region)?.name
  const figures = await duesFigures(req, { region })
  const { timezone, arrearsSuspendAt } = settingsOf(req.payload.config)
  const last = figures.levels[figures.levels.length - 1] ?? arrearsSuspendAt

  const thisMonth = figures.collected[figures.collected.length - 1]
  const byLevel = sumBy(figures.arrears, (row) => row.level)
  const byRegion = sumBy(figures.arrears, (row) => row.regionId)
  const inArrears = figures.arrears.reduce((sum, row) => sum + row.members, 0)
  const peak = figures.collected.reduce((best, month) => (month.amount > best.amount ? month : best), figures.collected[0])
  const regionLabel = (row: ArrearsFigure) => (row.regionCode ? `${row.regionCode} — ${row.regionName}` : texts(lang).noRegion)

  return (
    <AdminFrame view={view} allowed refusal={refused}>
        <h1>
          {scope.region != null ? texts(lang).regionTitle : texts(lang).title}
          {regionName ? ` — ${regionName}` : ''}
        </h1>

        {scope.region == null && regions.length > 0 && (
          <form method="get" style={{ display: 'flex', gap: 'var(--base)', alignItems: 'end' }}>
            <label style={{ display: 'grid', gap: 4 }}>
              {texts(lang).region}
              <select name="region" defaultValue={region ?? ''}>
                <option value="">{texts(lang).allRegions}</option>
                {regions.map((r) => (
                  <option key={r.id} value={r.id}>{`${r.code} — ${r.name}`}</option>
                ))}
              </select>
            </label>
            <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
              {texts(lang).filter}
            </button>
          </form>
        )}

        <section aria-labelledby="dues-summary" style={section}>
          <h2 id="dues-summary">{texts(lang).summary}</h2>
          <dl style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: 'var(--base)' }}>
            <Card label={texts(lang).collectedThisMonth} value={formatRupiah(thisMonth.amount)} detail={`${formatNumber(lang, thisMonth.bills)} ${texts(lang).bills}`} />
            <Card label={texts(lang).unpaid} value={formatRupiah(figures.outstanding.unpaid.amount)} detail={`${formatNumber(lang, figures.outstanding.unpaid.bills)} ${texts(lang).bills}`} />
            <Card label={texts(lang).overdue} value={formatRupiah(figures.outstanding.overdue.amount)} detail={`${formatNumber(lang, figures.outstanding.overdue.bills)} ${texts(lang).bills}`} />
            <Card label={texts(lang).inArrears} value={formatNumber(lang, inArrears)} />
          </dl>
        </section>

        <section aria-labelledby="dues-collected" style={section}>
          <h2 id="dues-collected">{texts(lang).collectedTitle}</h2>
          <BarChart
            id="dues-collected-chart"
            title={texts(lang).collectedTitle}
            description={`${texts(lang).highest}: ${monthLabel(lang, peak.month)}, ${formatRupiah(peak.amount)}.`}
            bars={figures.collected.map((m) => ({ label: monthLabel(lang, m.month), value: m.amount, text: formatRupiah(m.amount) }))}
          />
          <FigureTable
            caption={texts(lang).collectedTitle}
            headers={[texts(lang).month, texts(lang).paidBills, texts(lang).collected]}
            rows={figures.collected.map((m) => [monthLabel(lang, m.month), formatNumber(lang, m.bills), formatRupiah(m.amount)])}
          />
        </section>

        <section aria-labelledby="dues-levels" style={section}>
          <h2 id="dues-levels">{texts(lang).levelTitle}</h2>
          <BarChart
            id="dues-levels-chart"
            title={texts(lang).levelTitle}
            description={`${texts(lang).inArrears}: ${formatNumber(lang, inArrears)}.`}
            bars={figures.levels.map((level) => {
              const members = byLevel.get(level)?.members ?? 0
              return { label: texts(lang).levelMonths(level, last), value: members, text: `${formatNumber(lang, members)} ${texts(lang).members.toLowerCase()}` }
            })}
          />
          <FigureTable
            caption={texts(lang).levelTitle}
            headers={[texts(lang).level, texts(lang).members, texts(lang).arrearsAmount]}
            rows={figures.levels.map((level) => [texts(lang).levelMonths(level, last), formatNumber(lang, byLevel.get(level)?.members ?? 0), formatRupiah(byLevel.get(level)?.amount ?? 0)])}
          />
        </section>

        <section aria-labelledby="dues-regions" style={section}>
          <h2 id="dues-regions">{texts(lang).regionArrearsTitle}</h2>
          {byRegion.size === 0 ? (
            <p>{texts(lang).noArrears}</p>
          ) : (
            <>
              <BarChart
                id="dues-regions-chart"
                title={texts(lang).regionArrearsTitle}
                description={`${texts(lang).inArrears}: ${formatNumber(lang, inArrears)}.`}
                bars={[...byRegion.values()].map((sum) => ({ label: regionLabel(sum.rows[0]), value: sum.members, text: `${formatNumber(lang, sum.members)} · ${formatRupiah(sum.amount)}` }))}
              />
              <FigureTable
                caption={texts(lang).regionArrearsTitle}
                headers={[texts(lang).region, ...figures.levels.map((level) => texts(lang).levelMonths(level, last)), texts(lang).members, texts(lang).arrearsAmount]}
                rows={[...byRegion.values()].map((sum) => [
                  regionLabel(sum.rows[0]),
                  ...figures.levels.map((level) => formatNumber(lang, sum.rows.find((row) => row.level === level)?.members ?? 0)),
                  formatNumber(lang, sum.members),
                  formatRupiah(sum.amount),
                ])}
              />
            </>
          )}
        </section>

        {mayExportDues(user) && (
          <section aria-labelledby="dues-reports" style={section}>
            <h2 id="dues-reports">{texts(lang).reportsTitle}</h2>
            <ReportForm
              lang={lang}
              action={`${req.payload.config.routes.api}/${DUES_BILLS}/report`}
              year={periodOf(new Date(), timezone).year}
              detail={scope.detail}
              regions={scope.region == null ? regions.map((r) => ({ value: r.id, label: `${r.code} — ${r.name}` })) : null}
              region={region}
            />
          </section>
        )}
    </AdminFrame>
  )
}
