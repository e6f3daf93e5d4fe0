import type { CollectionBeforeChangeHook } from 'payload'

import { userError } from '@/lib/messages'

import { settingsOf } from '../../../options'
import { periodOf, periodStart } from '../../../bills/period'

/** A rate applies from a whole month: `effectiveFrom` becomes that month's first day (plugin's time zone). */
export const firstOfMonth: CollectionBeforeChangeHook = ({ data, req }) => {
  if (data.effectiveFrom == null) return data
  const at = new Date(data.effectiveFrom as string)
  if (Number.isNaN(at.getTime())) throw userError(req, 400, { id: 'Bulan berlaku tidak valid.', en: 'Invalid month.' })
  const { timezone } = settingsOf(req.payload.config)
  // The picker sends the month's first day at local midnight, which may be the previous day in UTC.
  const period = periodOf(new Date(at.getTime() + 12 * 3600 * 1000), timezone)
  return { ...data, effectiveFrom: periodStart(period, timezone).toISOString() }
}
