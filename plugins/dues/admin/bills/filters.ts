import type { PayloadRequest, Where } from 'payload'

import { billStatusOptions, billTypeOptions, type BillStatus } from '../../collections/labels'
import { membersMatching } from '../members'

export type BillFilters = {
  year?: number
  month?: number
  status?: BillStatus
  type?: 'registration' | 'monthly'
  region?: number
  level?: number
  member?: number
  q?: string
  page: number
}

type Params = Record<string, string | string[] | undefined> | undefined

const whole = (raw: unknown, min: number, max: number) => {
  const value = Number(raw)
  return typeof raw === 'string' && raw !== '' && Number.isInteger(value) && value >= min && value <= max ? value : undefined
}
const oneOf = <V extends string>(raw: unknown, options: { value: V }[]) => options.find((option) => option.value === raw)?.value

/** The bills browser's filters from the address; anything malformed is simply not applied. */
export const filtersFrom = (params: Params): BillFilters => {
  const q = typeof params?.q === 'string' ? params.q.trim().slice(0, 100) : ''
  return {
    year: whole(params?.year, 2000, 2100),
    month: whole(params?.month, 1, 12),
    status: oneOf(params?.status, billStatusOptions),
    type: oneOf(params?.type, billTypeOptions),
    region: whole(params?.region, 1, Number.MAX_SAFE_INTEGER),
    level: whole(params?.level, 0, 3),
    member: whole(params?.member, 1, Number.MAX_SAFE_INTEGER),
    q: q || undefined,
    page: whole(params?.page, 1, 100_000) ?? 1,
  }
}

/**
 * The filters as a Where on the bills' own fields. A name or number search becomes the matching
 * members' ids (`membersMatching`); the payment code is matched as well.
 */
export const billsWhere = async (req: PayloadRequest, f: BillFilters): Promise<{ where: Where; capped: boolean }> => {
  const and: Where[] = []
  if (f.year) and.push({ periodYear: { equals: f.year } })
  if (f.month) and.push({ periodMonth: { equals: f.month } })
  if (f.status) and.push({ billStatus: { equals: f.status } })
  if (f.type) and.push({ billType: { equals: f.type } })
  if (f.region) and.push({ region: { equals: f.region } })
  if (f.level != null) and.push({ arrearsLevel: { equals: f.level } })
  if (f.member) and.push({ member: { equals: f.member } })
  let capped = false
  if (f.q) {
    const found = await membersMatching(req, f.q)
    capped = found.capped
    and.push({ or: [{ paymentCode: { like: f.q } }, ...(found.ids.length ? [{ member: { in: found.ids } }] : [])] })
  }
  return { where: and.length ? { and } : {}, capped }
}
