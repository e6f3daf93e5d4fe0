import type { CollectionBeforeChangeHook } from 'payload'

import { idOfRelation } from '@/access'

import { bracketOf, effectiveRate } from '../../../bills/generate'

/**
 * The member's rate follows their golongan (civil servants) or else their salary range: set on
 * creation and whenever either changes, unless the same write sets a rate itself.
 */
export const assignDuesRate: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const changed = (field: string) => field in data && data[field] !== originalDoc?.[field]
  if (operation === 'update' && !changed('golongan') && !changed('salaryRange')) return data
  if (changed('duesRate') && idOfRelation(data.duesRate) != null) return data
  const bracket = bracketOf({ ...originalDoc, ...data })
  const rate = bracket ? await effectiveRate(req, bracket, new Date()) : null
  return { ...data, duesRate: rate?.id ?? null }
}
