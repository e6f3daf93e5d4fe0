import type { Lang } from '@/lib/i18n'

import { texts } from './text'

const field = { display: 'grid', gap: 4 } as const

/**
 * The report downloads: a plain GET form to the guarded report endpoint (the browser sends the
 * session cookie and saves the attachment), one button per format. Coordinators get no region
 * or kind choice: the endpoint gives them their region's recap whatever is asked.
 */
export const ReportForm = (props: {
  lang: Lang
  action: string
  year: number
  detail: boolean
  regions: Array<{ value: number; label: string }> | null
  region: number | null
}) => {
  const { lang, year } = props
  return (
    <form method="get" action={props.action} style={{ display: 'flex', gap: 'var(--base)', flexWrap: 'wrap', alignItems: 'end' }}>
      {props.detail && (
        <label style={field}>
          {texts(lang).reportKind}
          <select name="kind" defaultValue="recap">
            <option value="recap">{texts(lang).kindRecap}</option>
            <option value="bills">{texts(lang).kindBills}</option>
          </select>
        </label>
      )}
      <label style={field}>
        {texts(lang).from}
        <input type="month" name="from" defaultValue={`${year}-01`} required pattern="\d{4}-\d{2}" />
      </label>
      <label style={field}>
        {texts(lang).to}
        <input type="month" name="to" defaultValue={`${year}-12`} required pattern="\d{4}-\d{2}" />
      </label>
      {props.regions && (
        <label style={field}>
          {texts(lang).region}
          <select name="region" defaultValue={props.region ?? ''}>
            <option value="">{texts(lang).allRegions}</option>
            {props.regions.map((region) => (
              <option key={region.value} value={region.value}>
                {region.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" name="format" value="xlsx" className="btn btn--style-primary btn--size-medium" style={{ margin: 0 }}>
        {texts(lang).downloadXlsx}
      </button>
      <button type="submit" name="format" value="csv" className="btn btn--style-secondary btn--size-medium" style={{ margin: 0 }}>
        {texts(lang).downloadCsv}
      </button>
    </form>
  )
}
