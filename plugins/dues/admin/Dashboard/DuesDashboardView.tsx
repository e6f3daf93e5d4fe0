import type { AdminViewServerProps } from 'payload'

import { withRole } from '@/access'
import { AdminFrame, langOf } from '@/components/admin/AdminFrame'

import { DUES_BILLS } from '../../collections/DuesBills'
import { settingsOf } from '../../options'
import { periodOf } from '../../bills/period'
import { duesFigures, type ArrearsFigure } from '../../reports/figures'
import { duesScopeOf, mayExportDues } from '../../reports/scope'
import { BarChart } from './BarChart'
import { FigureTable } from './FigureTable'
import { ReportForm } from './ReportForm'
import { count, levelLabel, monthLabel, rupiah, say, texts, type Lang } from './text'

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
  const lang: Lang = langOf(view)
  const scope = duesScopeOf(user)
  if (!scope) return <AdminFrame view={view} allowed={false} refusal={texts.refused} />

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
  const regionLabel = (row: ArrearsFigure) => (row.regionCode ? `${row.regionCode} — ${row.regionName}` : say(lang, 'noRegion'))

  return (
    <AdminFrame view={view} allowed refusal={texts.refused}>
        <h1>
          {scope.region != null ? say(lang, 'regionTitle') : say(lang, 'title')}
          {regionName ? ` — ${regionName}` : ''}
        </h1>

        {scope.region == null && regions.length > 0 && (
          <form method="get" style={{ display: 'flex', gap: 'var(--base)', alignItems: 'end' }}>
            <label style={{ display: 'grid', gap: 4 }}>
              {say(lang, 'region')}
              <select name="region" defaultValue={region ?? ''}>
                <option value="">{say(lang, 'allRegions')}</option>
                {regions.map((r) => (
                  <option key={r.id} value={r.id}>{`${r.code} — ${r.name}`}</option>
                ))}
              </select>
            </label>
            <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
              {say(lang, 'filter')}
            </button>
          </form>
        )}

        <section aria-labelledby="dues-summary" style={section}>
          <h2 id="dues-summary">{say(lang, 'summary')}</h2>
          <dl style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: 'var(--base)' }}>
            <Card label={say(lang, 'collectedThisMonth')} value={rupiah(lang, thisMonth.amount)} detail={`${count(lang, thisMonth.bills)} ${say(lang, 'bills')}`} />
            <Card label={say(lang, 'unpaid')} value={rupiah(lang, figures.outstanding.unpaid.amount)} detail={`${count(lang, figures.outstanding.unpaid.bills)} ${say(lang, 'bills')}`} />
            <Card label={say(lang, 'overdue')} value={rupiah(lang, figures.outstanding.overdue.amount)} detail={`${count(lang, figures.outstanding.overdue.bills)} ${say(lang, 'bills')}`} />
            <Card label={say(lang, 'inArrears')} value={count(lang, inArrears)} />
          </dl>
        </section>

        <section aria-labelledby="dues-collected" style={section}>
          <h2 id="dues-collected">{say(lang, 'collectedTitle')}</h2>
          <BarChart
            id="dues-collected-chart"
            title={say(lang, 'collectedTitle')}
            description={`${say(lang, 'highest')}: ${monthLabel(lang, peak.month)}, ${rupiah(lang, peak.amount)}.`}
            bars={figures.collected.map((m) => ({ label: monthLabel(lang, m.month), value: m.amount, text: rupiah(lang, m.amount) }))}
          />
          <FigureTable
            caption={say(lang, 'collectedTitle')}
            headers={[say(lang, 'month'), say(lang, 'paidBills'), say(lang, 'collected')]}
            rows={figures.collected.map((m) => [monthLabel(lang, m.month), count(lang, m.bills), rupiah(lang, m.amount)])}
          />
        </section>

        <section aria-labelledby="dues-levels" style={section}>
          <h2 id="dues-levels">{say(lang, 'levelTitle')}</h2>
          <BarChart
            id="dues-levels-chart"
            title={say(lang, 'levelTitle')}
            description={`${say(lang, 'inArrears')}: ${count(lang, inArrears)}.`}
            bars={figures.levels.map((level) => {
              const members = byLevel.get(level)?.members ?? 0
              return { label: levelLabel(lang, level, last), value: members, text: `${count(lang, members)} ${say(lang, 'members').toLowerCase()}` }
            })}
          />
          <FigureTable
            caption={say(lang, 'levelTitle')}
            headers={[say(lang, 'level'), say(lang, 'members'), say(lang, 'arrearsAmount')]}
            rows={figures.levels.map((level) => [levelLabel(lang, level, last), count(lang, byLevel.get(level)?.members ?? 0), rupiah(lang, byLevel.get(level)?.amount ?? 0)])}
          />
        </section>

        <section aria-labelledby="dues-regions" style={section}>
          <h2 id="dues-regions">{say(lang, 'regionArrearsTitle')}</h2>
          {byRegion.size === 0 ? (
            <p>{say(lang, 'noArrears')}</p>
          ) : (
            <>
              <BarChart
                id="dues-regions-chart"
                title={say(lang, 'regionArrearsTitle')}
                description={`${say(lang, 'inArrears')}: ${count(lang, inArrears)}.`}
                bars={[...byRegion.values()].map((sum) => ({ label: regionLabel(sum.rows[0]), value: sum.members, text: `${count(lang, sum.members)} · ${rupiah(lang, sum.amount)}` }))}
              />
              <FigureTable
                caption={say(lang, 'regionArrearsTitle')}
                headers={[say(lang, 'region'), ...figures.levels.map((level) => levelLabel(lang, level, last)), say(lang, 'members'), say(lang, 'arrearsAmount')]}
                rows={[...byRegion.values()].map((sum) => [
                  regionLabel(sum.rows[0]),
                  ...figures.levels.map((level) => count(lang, sum.rows.find((row) => row.level === level)?.members ?? 0)),
                  count(lang, sum.members),
                  rupiah(lang, sum.amount),
                ])}
              />
            </>
          )}
        </section>

        {mayExportDues(user) && (
          <section aria-labelledby="dues-reports" style={section}>
            <h2 id="dues-reports">{say(lang, 'reportsTitle')}</h2>
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
